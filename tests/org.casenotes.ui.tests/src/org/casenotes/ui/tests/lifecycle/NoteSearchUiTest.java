package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.casenotes.store.SearchHit;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.search.NoteSearchView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Note &gt; Find in Notes… finds the demo caseload's notes by a phrase in them, shows them ranked with the phrase in
 * bold, and opens the chosen note at the field with the phrase selected (and the separate search of one's own
 * psychotherapy notes does not show them); a word from a note typed into the
 * caseload's client search says that no client matches and offers to search the notes for it.
 */
class NoteSearchUiTest {

    private static final long INDEX_TIMEOUT_MS = 180_000;
    private static final String PHRASE = "slow breathing";

    @AfterEach
    void restore() {
        Workbench.closeAllEditors();
        IWorkbenchPage page = ActiveWorkbench.page();
        NoteSearchView view = (NoteSearchView) page.findView(NoteSearchView.ID);
        if (view != null) {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
            page.hideView(view);
        }
        CaseloadView caseload = StartedCaseload.view();
        caseload.search("");
        EventLoop.spin();
    }

    @Test
    void aPhraseFindsRankedNotesWithItInBoldAndOpensTheNoteAtTheFieldWithThePhraseSelected() throws Exception {
        StartedCaseload.store();
        // the keyboard focus goes only to an active window; an earlier test's dialog may have left none active
        ActiveWorkbench.shell().forceActive();
        EventLoop.spin();
        ActiveWorkbench.runCommand("org.casenotes.ui.search.findInNotes");
        NoteSearchView view = (NoteSearchView) ActiveWorkbench.page().findView(NoteSearchView.ID);
        Text box = WidgetFinder.first(ActiveWorkbench.shell(), Text.class,
                text -> "words, \"a phrase\", -without".equals(text.getMessage())).orElseThrow();
        EventLoop.spinUntil(() -> Display.getCurrent().getFocusControl() == box, 10_000,
                "the search box to take the focus");

        box.setText("\"" + PHRASE + "\"");
        box.notifyListeners(SWT.DefaultSelection, new Event());
        EventLoop.spinUntil(() -> view.isSettled() && !view.shownHits().isEmpty(), INDEX_TIMEOUT_MS,
                "the notes to be indexed and found");

        List<SearchHit> hits = view.shownHits();
        assertEquals(hits.size() + " results in notes, addenda and letters for \"slow breathing\", best first.",
                view.summaryText());
        for (int row = 0; row < hits.size(); row++) {
            assertEquals(List.of(PHRASE), view.boldWordsAt(row).stream().map(word -> word.toLowerCase(Locale.ROOT))
                    .distinct().toList(), "the phrase is bold in " + hits.get(row).snippet().text());
        }
        for (int row = 1; row < hits.size(); row++) {
            assertTrue(hits.get(row - 1).score() >= hits.get(row).score(), "ranked best first");
        }
        Table results = WidgetFinder.first(ActiveWorkbench.shell(), Table.class,
                table -> table.getColumnCount() == 5 && "Found".equals(table.getColumn(4).getText())).orElseThrow();
        assertEquals(hits.size(), results.getItemCount());
        ActiveWorkbench.page().setPartState(ActiveWorkbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.ofWorkbenchWindow(1280, 800, "search-1-phrase-results.png");
        ActiveWorkbench.page().setPartState(ActiveWorkbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        SearchHit first = hits.get(0);
        Workbench.activateWindow();
        results.setSelection(0);
        results.notifyListeners(SWT.Selection, new Event());
        results.notifyListeners(SWT.DefaultSelection, new Event());
        EventLoop.spin();

        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        assertEquals(first.documentId(), NoteOpener.inputOf(editor).note().getId(), "the found note is open");
        EventLoop.spinUntil(() -> Display.getCurrent().getFocusControl() instanceof StyledText, 30_000,
                "a text field to take the focus");
        StyledText focused = (StyledText) Display.getCurrent().getFocusControl();
        assertSame(new NoteEditorWidgets(editor).textOf(first.fieldId()), focused, "the focus is in the found field");
        assertEquals(PHRASE, focused.getSelectionText().toLowerCase(Locale.ROOT), "the phrase is selected");
        Screenshots.ofWorkbenchWindow(1280, 800, "search-2-opened-at-the-field.png");

        view.search("\"" + PHRASE + "\"", true);
        EventLoop.spinUntil(view::isSettled, INDEX_TIMEOUT_MS, "the psychotherapy notes' index");
        assertEquals(List.of(), view.shownHits(), "the record's notes are not in the psychotherapy notes' search");
        assertEquals("Nothing in your psychotherapy notes matches \"slow breathing\".", view.summaryText());
    }

    @Test
    void aWordFromANoteInTheClientSearchSaysNoClientMatchesAndSearchesTheNotesForIt() throws Exception {
        StartedCaseload.store();
        CaseloadView caseload = StartedCaseload.view();

        caseload.search("breathing");
        EventLoop.spin();
        assertEquals(List.of(), caseload.shownClientNames());
        assertEquals("No client's name or id matches \u201cbreathing\u201d. Search the notes for \u201cbreathing\u201d"
                + " (Note > Find in Notes\u2026)", caseload.matchesText());
        Screenshots.ofWorkbenchWindow(1280, 800, "search-3-caseload-no-matches.png");

        caseload.search("hadd");
        EventLoop.spin();
        assertEquals("Showing 1 of 13 clients.", caseload.matchesText(), "the count follows the list");
        caseload.search("");
        EventLoop.spin();
        assertEquals("", caseload.matchesText(), "nothing to say about an unfiltered list");

        caseload.search("breathing");
        EventLoop.spin();
        Link searchNotes = WidgetFinder.first(ActiveWorkbench.shell(), Link.class,
                link -> link.isVisible() && link.getText().contains("Search the notes")).orElseThrow();
        searchNotes.notifyListeners(SWT.Selection, new Event());
        NoteSearchView view = (NoteSearchView) ActiveWorkbench.page().findView(NoteSearchView.ID);
        EventLoop.spinUntil(() -> view.isSettled() && !view.shownHits().isEmpty(), INDEX_TIMEOUT_MS,
                "the notes to be searched for the word");
        assertFalse(view.shownHits().isEmpty());
        assertTrue(view.boldWordsAt(0).stream().allMatch(word -> word.toLowerCase(Locale.ROOT).startsWith("breath")),
                view.boldWordsAt(0).toString());
    }
}
