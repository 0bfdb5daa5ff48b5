package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wrong-chart risk, closed: with notes of two clients open, each editor's tab and banner say whose note it is
 * (name with the preferred one in brackets, id, date of birth), and turning to an editor (Ctrl+Page Up/Down, real
 * key presses) brings that client's chart into the Client view, whichever client the caseload had selected meanwhile.
 */
class NoteNamesItsClientUiTest {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final long SHOW_TIMEOUT_MS = 30_000;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        EventLoop.spin();
    }

    @Test
    void notesOfTwoClientsEachNameTheirClientAndTheClientViewFollowsTheActiveNote() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        CaseloadView caseload = StartedCaseload.view();
        caseload.search("");
        caseload.filterByStatus("All statuses");
        Client samira = store.loadClient("C-1003").orElseThrow();
        Client jordan = store.loadClient("C-1004").orElseThrow();
        String samiraWho = "Samira Haddad \u00b7 C-1003 \u00b7 born " + BIRTH.format(samira.getDateOfBirth());
        String jordanWho = "Jordan Whitfield (Jo) \u00b7 C-1004 \u00b7 born " + BIRTH.format(jordan.getDateOfBirth());

        IEditorPart samirasNote = openNoteOf(caseload, "C-1003", "| Signed");
        IEditorPart jordansNote = openNoteOf(caseload, "C-1004", "| Draft");
        assertNotEquals(samirasNote, jordansNote);
        assertTrue(samirasNote.getTitle().startsWith(samiraWho + " \u2014 "), samirasNote.getTitle());
        assertTrue(jordansNote.getTitle().startsWith(jordanWho + " \u2014 "), jordansNote.getTitle());
        assertEquals("Jordan Whitfield (Jo) | C-1004 \u00b7 born " + BIRTH.format(jordan.getDateOfBirth()),
                ((NoteFormEditor) jordansNote).clientBannerText());
        assertEquals("Samira Haddad | C-1003 \u00b7 born " + BIRTH.format(samira.getDateOfBirth()),
                ((NoteFormEditor) samirasNote).clientBannerText());
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        assertEquals("C-1004", overview.shownClientId(), "the note just opened is Jordan's, and so is the chart");

        caseload.selectClient("C-1007");
        spinUntil(() -> "C-1007".equals(overview.shownClientId()), SHOW_TIMEOUT_MS, "Marcus's chart to show");

        for (int round = 0; round < 2; round++) {
            turnTo(samirasNote, true);
            assertSame(samirasNote, page().getActiveEditor());
            spinUntil(() -> "C-1003".equals(overview.shownClientId()), SHOW_TIMEOUT_MS,
                    "the Client view to follow Samira's note");
            assertTrue(overview.factsText().contains("Samira Haddad"), overview.factsText());
            assertTrue(overview.factsText().contains("Client C-1003"), overview.factsText());
            Screenshots.ofWorkbenchWindow(1440, 900, "chart-follows-note-samira.png");

            turnTo(jordansNote, false);
            assertSame(jordansNote, page().getActiveEditor());
            spinUntil(() -> "C-1004".equals(overview.shownClientId()), SHOW_TIMEOUT_MS,
                    "the Client view to follow Jordan's note");
            assertTrue(overview.factsText().contains("Jordan"), overview.factsText());
            assertTrue(overview.factsText().contains("Client C-1004"), overview.factsText());
            Screenshots.ofWorkbenchWindow(1440, 900, "chart-follows-note-jordan.png");
        }
    }

    /** Selects the client in the caseload and opens the first timeline entry whose row ends as given. */
    private static IEditorPart openNoteOf(CaseloadView caseload, String clientId, String rowEnd) {
        caseload.selectClient(clientId);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        spinUntil(() -> clientId.equals(overview.shownClientId()), SHOW_TIMEOUT_MS, "client " + clientId);
        List<String> rows = overview.timelineRows();
        int index = rows.indexOf(rows.stream().filter(row -> row.endsWith(rowEnd)).findFirst()
                .orElseThrow(() -> new AssertionError("no row ending " + rowEnd + " in " + rows)));
        overview.openTimelineEntry(index);
        EventLoop.spin();
        IEditorPart editor = page().getActiveEditor();
        assertNotNull(editor, "the note opened");
        return editor;
    }

    /**
     * Turns to the other editor tab with the keyboard, Ctrl+Page Up or Ctrl+Page Down (Previous and Next Tab) posted
     * through the window system as a key press.
     */
    private static void turnTo(IEditorPart editor, boolean previous) {
        ActiveWorkbench.shell().forceActive();
        EventLoop.spin();
        Display display = Display.getCurrent();
        display.post(key(SWT.KeyDown, SWT.CTRL));
        display.post(key(SWT.KeyDown, previous ? SWT.PAGE_UP : SWT.PAGE_DOWN));
        display.post(key(SWT.KeyUp, previous ? SWT.PAGE_UP : SWT.PAGE_DOWN));
        display.post(key(SWT.KeyUp, SWT.CTRL));
        spinUntil(() -> page().getActiveEditor() == editor, SHOW_TIMEOUT_MS,
                "Ctrl+" + (previous ? "Page Up" : "Page Down") + " to turn to " + editor.getTitle());
    }

    private static Event key(int type, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        return event;
    }
}
