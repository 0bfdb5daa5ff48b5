package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.casenotes.core.rules.Severity;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.findings.CaseloadFinding;
import org.casenotes.ui.findings.CaseloadFindingsView;
import org.casenotes.ui.findings.FindingsFilter;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

/**
 * The caseload findings view lists the demo caseload's deliberate problems, found in a background job, and its
 * filters narrow the list by rule, client and severity; double-clicking a finding opens its note at the field; while
 * the caseload is locked the list is empty and says so (not "no findings"), and comes back once it is unlocked.
 */
class CaseloadFindingsViewTest {

    @Test
    void listsTheDemoCaseloadsDeliberateProblemsAndFiltersThem() throws Exception {
        StartedCaseload.store();
        CaseloadFindingsView view = (CaseloadFindingsView) ActiveWorkbench.page().showView(CaseloadFindingsView.ID);
        view.recheck();
        EventLoop.spinUntil(view::isChecked, 180_000, "the caseload check to finish");
        List<CaseloadFinding> all = view.shownFindings();

        assertTrue(all.stream().anyMatch(found -> found.clientId().equals("C-1010")
                && found.finding().ruleId().equals("language.judgmental")), "Rosa's draft: 'complains of', 'claims'");
        assertTrue(all.stream().anyMatch(found -> found.clientId().equals("C-1003")
                && found.finding().message().toLowerCase(Locale.ROOT).contains("setback")),
                "Samira's draft records a plateau without its reason");
        ActiveWorkbench.page().setPartState(ActiveWorkbench.page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Screenshots.ofWorkbenchWindow(1280, 1000, "lifecycle-3-caseload-findings.png");
        ActiveWorkbench.page().setPartState(ActiveWorkbench.page().getReference(view), IWorkbenchPage.STATE_RESTORED);

        view.filter(new FindingsFilter("language.judgmental", null, null));
        assertFalse(view.shownFindings().isEmpty());
        assertTrue(view.shownFindings().stream().allMatch(found -> found.finding().ruleId().equals("language.judgmental")));

        view.filter(new FindingsFilter(null, "C-1003", null));
        assertFalse(view.shownFindings().isEmpty());
        assertTrue(view.shownFindings().stream().allMatch(found -> found.clientId().equals("C-1003")));

        view.filter(new FindingsFilter(null, null, Severity.ERROR));
        assertTrue(view.shownFindings().stream().allMatch(found -> found.finding().severity() == Severity.ERROR));
        assertTrue(view.shownFindings().size() < all.size(), "warnings are filtered out");
        assertTrue(view.summaryText().matches("\\d+ of " + all.size() + " findings in \\d+ unsigned or recent notes.*"),
                view.summaryText());
        view.filter(FindingsFilter.ALL);
    }

    @Test
    void doubleClickingAFindingOpensTheNoteAtItsFieldWithTheWordsSelected() throws Exception {
        StartedCaseload.store();
        CaseloadFindingsView view = (CaseloadFindingsView) ActiveWorkbench.page().showView(CaseloadFindingsView.ID);
        view.recheck();
        EventLoop.spinUntil(view::isChecked, 180_000, "the caseload check to finish");
        view.filter(new FindingsFilter("language.judgmental", "C-1010", null));
        CaseloadFinding found = view.shownFindings().get(0);
        assertNotNull(found.finding().range(), "a wording finding names its words");

        Table list = WidgetFinder.all(ActiveWorkbench.shell(), Table.class)
                .stream().filter(table -> table.getColumnCount() > 1 && "Severity".equals(table.getColumn(0).getText()))
                .findFirst().orElseThrow();
        Workbench.activateWindow();
        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new Event());
        list.notifyListeners(SWT.DefaultSelection, new Event());
        EventLoop.spin();

        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        try {
            assertEquals(found.noteId(), NoteOpener.inputOf(editor).note().getId(), "the finding's note is open");
            EventLoop.spinUntil(() -> Display.getCurrent().getFocusControl() instanceof StyledText, 30_000,
                    "a text field to take the focus");
            StyledText focused = (StyledText) Display.getCurrent().getFocusControl();
            assertEquals(found.finding().range().of(focused.getText()), focused.getSelectionText(),
                    "the finding's words are selected in its field");
            assertEquals(focused, new NoteEditorWidgets(editor).textOf(found.finding().fieldId()),
                    "the focus is in the finding's field");
        } finally {
            Workbench.closeAllEditors();
            view.filter(FindingsFilter.ALL);
        }
    }

    @Test
    void lockingTheCaseloadHidesTheFindingsUntilItIsUnlocked() throws Exception {
        StartedCaseload.store();
        CaseloadFindingsView view = (CaseloadFindingsView) ActiveWorkbench.page().showView(CaseloadFindingsView.ID);
        view.recheck();
        EventLoop.spinUntil(view::isChecked, 180_000, "the caseload check to finish");
        assertFalse(view.shownFindings().isEmpty());

        CaseloadSession.current().lock();
        assertTrue(view.shownFindings().isEmpty(), "no client's findings stay on screen while locked");
        assertEquals(CaseloadFindingsView.LOCKED, view.summaryText());

        Workbench.unlockThroughTheDialog();
        EventLoop.spinUntil(view::isChecked, 180_000, "the check after unlocking");
        assertFalse(view.shownFindings().isEmpty(), "the findings are back");
    }

    @Test
    void aRecheckWhileTheStoreIsLockedSaysSoInsteadOfShowingNoFindings() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        CaseloadFindingsView view = (CaseloadFindingsView) ActiveWorkbench.page().showView(CaseloadFindingsView.ID);
        store.lock();
        try {
            view.recheck();
            EventLoop.spin();
            assertEquals(CaseloadFindingsView.LOCKED, view.summaryText());
            assertTrue(view.shownFindings().isEmpty(), "no stale findings beside the message");
        } finally {
            store.unlock(DemoCaseload.PASSPHRASE.toCharArray());
        }
        view.recheck();
        EventLoop.spinUntil(view::isChecked, 180_000, "the check once the store is unlocked");
    }
}
