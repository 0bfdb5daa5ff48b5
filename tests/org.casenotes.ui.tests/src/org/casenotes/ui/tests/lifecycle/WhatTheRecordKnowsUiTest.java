package org.casenotes.ui.tests.lifecycle;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.layout.WritingLayout;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.ProfileAnswers;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the record knows is not asked again (issue 14, item 5): the supervision question is answered by the clinician
 * profile, not on every note; an addendum's words are checked as a note's; the client's timeline shows a new note and
 * a signature without the client being chosen again; and templates are named by their titles, never by their ids.
 */
class WhatTheRecordKnowsUiTest {

    private static final long TIMEOUT_MS = 60_000;
    private static final String SUPERVISION = "I practise under supervision (pre-licensure)";

    @AfterEach
    void restore() {
        InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE)
                .remove(CasenotesPreferences.CLINICIAN_UNDER_SUPERVISION);
        WritingLayout.of(page()).bringViewsBack();
        page().closeAllEditors(false);
        EventLoop.spin();
    }

    @Test
    void theProfileAnswersSupervisionAndTheTimelineShowsNewAndSignedNotesByTitle() throws Exception {
        ClientOverviewView overview = overviewOf("C-1008");
        List<String> before = overview.timelineRows();
        assertTrue(before.stream().noneMatch(WhatTheRecordKnowsUiTest::namesATemplateById), before.toString());
        assertTrue(before.stream().anyMatch(row -> row.contains(" progress note |")), before.toString());

        InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE)
                .putBoolean(CasenotesPreferences.CLINICIAN_UNDER_SUPERVISION, true);
        IEditorPart editor = newSoapNote(true);
        Note draft = NoteOpener.inputOf(editor).note();
        assertEquals(Boolean.TRUE, supervision(draft), "the profile's answer is the note's");
        NoteEditorWidgets widgets = new NoteEditorWidgets(editor);
        assertTrue(widgets.stillMissingEntries().stream().noneMatch(entry -> entry.startsWith(SUPERVISION)),
                "the note does not ask it: " + widgets.stillMissingEntries());
        spinUntil(() -> overview.timelineRows().size() == before.size() + 1, TIMEOUT_MS,
                "the new draft in the timeline without choosing the client again: " + overview.timelineRows());
        assertTrue(overview.timelineRows().stream().anyMatch(row -> row.contains("| SOAP progress note | Draft")),
                overview.timelineRows().toString());

        InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE)
                .putBoolean(CasenotesPreferences.CLINICIAN_UNDER_SUPERVISION, false);
        IEditorPart licensed = newSoapNote(false);
        assertEquals(Boolean.FALSE, supervision(NoteOpener.inputOf(licensed).note()));
        NoteEditorWidgets answers = new NoteEditorWidgets(licensed);
        List<String> asked = new ClinicianAnswers(answers).answerEverythingMissing();
        assertTrue(asked.stream().noneMatch(entry -> entry.startsWith(SUPERVISION)), asked.toString());
        Dialogs.Awaited confirm = Dialogs.answer("Sign Note", Dialogs.pressing("Sign"));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(confirm.shown(), "the signature was confirmed");
        spinUntil(() -> overview.timelineRows().stream().anyMatch(row -> row.contains("| SOAP progress note | Signed")),
                TIMEOUT_MS, "the signed note in the timeline: " + overview.timelineRows());
        EventLoop.spin();
        assertFalse(shown(page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW)),
                "the signed note is in front, the client view stays at the window's edge");
        Screenshots.ofWorkbenchWindow(1440, 900, "signed-note-in-front.png");
        WritingLayout.of(page()).bringViewsBack();
        EventLoop.spin();
        Screenshots.ofWorkbenchWindow(1440, 900, "timeline-titles.png");
    }

    @Test
    void anAddendumsWordsAreCheckedAsANotesAre() throws Exception {
        ClientOverviewView overview = overviewOf("C-1003");
        List<String> rows = overview.timelineRows();
        overview.openTimelineEntry(rows.indexOf(rows.stream().filter(row -> row.endsWith("| Signed")).findFirst()
                .orElseThrow(() -> new AssertionError("no signed note in " + rows))));
        EventLoop.spin();
        assertNotNull(page().getActiveEditor());
        int addenda = NoteOpener.inputOf(page().getActiveEditor()).note().getAddenda().size();

        AtomicReference<List<String>> flagged = new AtomicReference<>();
        AtomicReference<List<String>> clean = new AtomicReference<>();
        AtomicBoolean addWhileFlagged = new AtomicBoolean();
        Dialogs.Awaited dialog = Dialogs.answer("Add Addendum", shell -> {
            List<Text> boxes = WidgetFinder.all(shell, Text.class);
            NoteEditorWidgets.type(boxes.get(0), "Correction of the plan section");
            NoteEditorWidgets.type(boxes.get(1), "The client was noncompliant with the medication plan.");
            org.eclipse.swt.widgets.List findings = WidgetFinder.all(shell, org.eclipse.swt.widgets.List.class).get(0);
            flagged.set(List.of(findings.getItems()));
            Button add = WidgetFinder.button(shell, "Add").orElseThrow();
            addWhileFlagged.set(add.isEnabled());
            try {
                Screenshots.save(shell, "addendum-wording.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            boxes.get(1).setText("");
            NoteEditorWidgets.type(boxes.get(1), "The client did not take the medication because of its cost.");
            clean.set(List.of(findings.getItems()));
            Dialogs.press(shell, "Cancel");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.addAddendum");
        assertTrue(dialog.shown());
        assertTrue(flagged.get().stream().anyMatch(line -> line.contains("\u201cnoncompliant\u201d")),
                "the judgmental word is found in the addendum: " + flagged.get());
        boolean error = flagged.get().stream().anyMatch(line -> line.startsWith("ERROR"));
        assertEquals(!error, addWhileFlagged.get(), "Add waits only while a finding is an error");
        assertEquals(List.of("No wording problems."), clean.get());
        assertEquals(addenda, NoteOpener.inputOf(page().getActiveEditor()).note().getAddenda().size(),
                "cancelled: nothing added");
    }

    /** @return whether the view's widgets are on the screen (beside the note, or slid out over it) */
    private static boolean shown(IViewPart view) {
        MPart part = view.getSite().getService(MPart.class);
        return part != null && part.getWidget() instanceof Control control && !control.isDisposed()
                && control.isVisible();
    }

    /** @return whether a timeline row names its template as an id would read ("Soap note", "Birp note") */
    private static boolean namesATemplateById(String row) {
        return row.matches(".*\\| (Soap|Birp|Dap|Girp|Progress note base|Biopsychosocial) note.*")
                || row.contains("| Soap note |") || row.contains("| Birp note |");
    }

    private static Boolean supervision(Note note) {
        return note.getValues().stream().filter(value -> ProfileAnswers.UNDER_SUPERVISION.equals(value.getFieldId()))
                .filter(BooleanValue.class::isInstance).map(value -> ((BooleanValue) value).isValue()).findFirst()
                .orElse(null);
    }

    private static ClientOverviewView overviewOf(String clientId) throws Exception {
        CaseloadView caseload = StartedCaseload.view();
        caseload.search("");
        caseload.filterByStatus("All statuses");
        page().showView(CaseloadUi.CASELOAD_VIEW); // the caseload in front: New Note starts with its client
        caseload.selectClient(clientId);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        spinUntil(() -> clientId.equals(overview.shownClientId()), TIMEOUT_MS, "client " + clientId);
        return overview;
    }

    /** Note &gt; New Note… for the client in front, a SOAP note carrying forward the last one's values or not. */
    private static IEditorPart newSoapNote(boolean carryForward) throws Exception {
        Dialogs.Awaited wizard = Dialogs.answer("New Note", dialog -> {
            Workbench.choose(Workbench.labelled(dialog, "Kind of note", Combo.class), "Progress note");
            Workbench.choose(Workbench.labelled(dialog, "Template", Combo.class), "SOAP progress note");
            Button carry = WidgetFinder.all(dialog, Button.class).stream()
                    .filter(box -> box.getText().replace("&", "").startsWith("Carry forward")).findFirst()
                    .orElseThrow(() -> new AssertionError("no carry-forward box"));
            carry.setSelection(carryForward);
            carry.notifyListeners(SWT.Selection, new Event());
            Dialogs.press(dialog, "Finish");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newNote");
        assertTrue(wizard.shown(), "the New Note wizard was shown");
        IEditorPart editor = page().getActiveEditor();
        assertEquals(NoteStatus.DRAFT, NoteOpener.inputOf(editor).note().getStatus());
        assertFalse(editor.isDirty());
        return editor;
    }
}
