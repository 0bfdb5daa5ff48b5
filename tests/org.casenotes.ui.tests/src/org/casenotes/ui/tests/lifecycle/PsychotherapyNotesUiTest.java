package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Psychotherapy notes are written through their own action (Note &gt; Psychotherapy Notes...), open visibly apart
 * from the record, are kept in the store's separate notebook and never appear in the client's record or timeline.
 */
class PsychotherapyNotesUiTest {

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String TITLE = "Psychotherapy Notes (private, kept apart from the record)";

    @AfterEach
    void closeEditors() {
        Workbench.closeAllEditors();
    }

    @Test
    void aPsychotherapyNoteIsWrittenThroughItsOwnActionShownApartAndKeptOutOfTheTimeline() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        ClientSummary client = store.listClients().get(1);
        String template = NoteForms.title(NoteForms.installed().ofKind(FormKind.PSYCHOTHERAPY).get(0));

        Dialogs.Awaited whose = Dialogs.answer(TITLE, dialog -> {
            pick(dialog, client.displayName() + " (" + client.id() + ")");
            Dialogs.answer(TITLE, next -> pick(next, "\u271A New psychotherapy note"));
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.psychotherapy");
        assertTrue(whose.text().contains("Whose psychotherapy notes?"), whose.text());

        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        NoteEditorInput input = NoteOpener.inputOf(editor);
        assertTrue(input.isPsychotherapyNote(), "opened as a psychotherapy note");
        Note note = input.note();
        assertEquals("Psychotherapy note \u2014 " + client.displayName() + " \u00b7 " + client.id() + " \u00b7 born "
                + BIRTH.format(store.loadClient(client.id()).orElseThrow().getDateOfBirth()) + " \u2014 "
                + note.getDateOfService(),
                editor.getTitle(), "the tab says what the note is once, whose it is and of when");
        assertEquals(1, editor.getTitle().split("Psychotherapy note", -1).length - 1, editor.getTitle());
        assertEquals(client.id(), note.getClientId());
        assertTrue(store.psychotherapyNotes().load(note.getId()).isPresent(), "kept in the separate notebook");
        assertTrue(store.loadNote(note.getId()).isEmpty(), "not a note of the record");
        assertTrue(store.loadClient(client.id()).orElseThrow().getNotes().stream()
                .noneMatch(recordNote -> recordNote.getId().equals(note.getId())), "not in the client's record");
        Screenshots.ofWorkbenchWindow(1280, 1000, "psychotherapy-note-editor.png");

        ClientOverviewView overview =

                (ClientOverviewView) ActiveWorkbench.page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        overview.show(client.id());
        EventLoop.spinUntil(() -> client.id().equals(overview.shownClientId()), 30_000, "the overview");
        Client record = store.loadClient(client.id()).orElseThrow();
        assertEquals(record.getNotes().size() + record.getLetters().size(), overview.timelineRows().size(),
                "the timeline lists the record's notes and letters, nothing else");
        assertTrue(overview.timelineRows().stream().noneMatch(row -> row.contains(template)
                || row.contains("Process note")), "no psychotherapy note in the timeline: " + overview.timelineRows());
    }

    /** Chooses the row labelled {@code label} of an element list dialog and presses OK. */
    private static void pick(Shell dialog, String label) {
        Table list = WidgetFinder.all(dialog, Table.class).get(0);
        EventLoop.spinUntil(() -> Arrays.stream(list.getItems()).anyMatch(item -> label.equals(item.getText())),
                30_000, "the list to offer " + label);
        TableItem row = Arrays.stream(list.getItems()).filter(item -> label.equals(item.getText())).findFirst()
                .orElseThrow();
        list.setSelection(row);
        Event selected = new Event();
        selected.item = row;
        list.notifyListeners(SWT.Selection, selected);
        EventLoop.spin();
        Dialogs.press(dialog, "OK");
    }
}
