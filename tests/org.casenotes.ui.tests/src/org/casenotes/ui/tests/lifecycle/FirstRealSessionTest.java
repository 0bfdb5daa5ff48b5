package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.core.record.PlanVersions;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.FolderChooser;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.tests.caseload.CaseloadDialogDriver;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician's first real session, end to end through the workbench's own commands and dialogs with real widgets
 * (issue 13, item 7): a new caseload, a new client, a diagnosis picked from the ICD-10-CM list, a treatment-plan note
 * written and signed whose goal becomes the client's plan, a SOAP progress note that picks that goal and answers a
 * PHQ-9, signed, whose result shows in the client overview; then the caseload is closed and reopened with its
 * passphrase, and everything is still there. No demo data and no store calls stand in for a step the clinician takes.
 */
class FirstRealSessionTest {

    private static final String PASSPHRASE = "harbour kettle juniper nineteen";
    private static final String GOAL = "I want to sleep through the night and enjoy my mornings again";
    private static final String PROBLEM = "Wakes three or four times a night and dreads the working day";
    private static final String OBJECTIVE = "Client will sleep six hours on five nights a week by self-report";
    private static final LocalDate REVIEW_BY = LocalDate.now().plusDays(90);
    private static final long UI_TIMEOUT_MS = 60_000;

    @TempDir
    Path temp;

    @BeforeEach
    void startFromTheDemo() {
        StartedCaseload.store();
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        FolderChooser.replaceWith(FolderChooser.NATIVE);
        Workbench.closeAllEditors();
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        for (String key : List.of(RecentCaseloads.RECENT, RecentCaseloads.LAST, CasenotesPreferences.CLINICIAN_ID,
                CasenotesPreferences.CLINICIAN_NAME, CasenotesPreferences.CLINICIAN_CREDENTIALS,
                CasenotesPreferences.CLINICIAN_SUPERVISOR)) {
            preferences.remove(key);
        }
        preferences.flush();
        StartedCaseload.view();
    }

    @Test
    void newCaseloadClientDiagnosisPlanProgressNoteMeasureCloseAndReopen() throws Exception {
        Path folder = temp.resolve("riverside");

        // File > New Caseload…
        CaseloadDialogDriver.answer("New Caseload", "org.casenotes.ui.caseload.new", dialog -> {
            dialog.fill("Name:", "Riverside Family Counselling").fill("Address:", "4 Mill Row, Eastport")
                    .fill("Phone:", "555-0199").fill("Your name:", "Alex Moreno")
                    .fill("Credentials (e.g. LCSW):", "LCSW").fill("User id:", "amoreno")
                    .fill("Folder", folder.toString()).fill("Passphrase", PASSPHRASE).fill("Repeat it", PASSPHRASE);
            dialog.press("Create");
        });
        CaseloadView caseload = StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo(), "the clinician's own caseload is open");
        assertEquals(List.of(), caseload.shownClientNames());

        // Client > New Client… with "Admit now", then the admission
        String[] clientId = new String[1];
        List<String> answered = new ArrayList<>();
        DialogWatcher.answer("New Client", shell -> {
            CaseloadDialogDriver dialog = new CaseloadDialogDriver(shell);
            clientId[0] = dialog.valueOf("Client id");
            dialog.fill("Legal name", "Morgan Ashdown").fill("Preferred name", "Mo").fill("Pronouns", "she/her")
                    .fill("Date of birth", "1988-03-21").fill("Phone", "(555) 0110-2233")
                    .fill("Payer", "Eastport Health Plan").fill("Member id", "EHP-7781");
            Clicks.click(WidgetFinder.first(shell, Button.class, box -> box.getText().startsWith("Admit now"))
                    .orElseThrow());
            answered.add(shell.getText());
            dialog.press("Save");
        });
        DialogWatcher.answer("Admit Client", shell -> {
            CaseloadDialogDriver dialog = new CaseloadDialogDriver(shell);
            dialog.fill("Referred by", "Self").fill("Reason for services",
                    "Poor sleep and worry about work for six months");
            answered.add(shell.getText());
            dialog.press("Admit");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.newClient");
        assertEquals(List.of("New Client", "Admit Client"), answered);
        EventLoop.spinUntil(() -> caseload.shownClientNames().size() == 1, UI_TIMEOUT_MS,
                "the new client to be listed: " + caseload.shownClientNames());
        pick(clientId[0]);
        ClientOverviewView overview = overview();
        // the overview reads the client in the background: the read from before the admission may be shown first
        EventLoop.spinUntil(() -> clientId[0].equals(overview.shownClientId())
                && overview.factsText().contains("In care since"), UI_TIMEOUT_MS,
                "the overview to show the new client, admitted: " + overview.factsText());

        // Client > Add Diagnosis…
        Dialogs.Awaited diagnosis = Dialogs.answer("Add Diagnosis", shell -> {
            Workbench.labelled(shell, "Search", Text.class).setText("generalized anxiety");
            EventLoop.spin();
            Table matches = WidgetFinder.all(shell, Table.class).get(0);
            assertTrue(matches.getSelectionIndex() >= 0 && matches.getItem(matches.getSelectionIndex()).getText(0)
                    .equals("F41.1"), "the search finds F41.1 and selects it");
            Dialogs.press(shell, "Add");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.addDiagnosis");
        assertTrue(diagnosis.shown());
        EventLoop.spinUntil(() -> overview.factsText().contains("F41.1"), UI_TIMEOUT_MS,
                "the overview to list the diagnosis: " + overview.factsText());

        // Note > New Note…: a treatment plan, written through the form and signed
        IEditorPart planEditor = newNote(clientId[0], "Treatment plan note", "Treatment plan");
        NoteEditorWidgets plan = new NoteEditorWidgets(planEditor);
        String planNoteId = NoteOpener.inputOf(planEditor).note().getId();
        // the plan's one problem row is there from the start: no "Add row" to press first
        assertTrue(plan.stillMissingEntries().contains("Problem (observable) is required"),
                "the first problem row, empty, asks for its problem: " + plan.stillMissingEntries());
        NoteEditorWidgets.type(plan.text("Problem (observable)"), PROBLEM);
        NoteEditorWidgets.type(plan.text("Goal, in the client's words"), GOAL);
        NoteEditorWidgets.type(plan.text("Measurable objectives"), OBJECTIVE);
        NoteEditorWidgets.type(plan.text("Diagnosis (ICD-10 code and name)"), "F41.1 Generalized anxiety disorder");
        NoteEditorWidgets.type(Workbench.labelled(plan.fieldOf("Review by"), "Review by", Text.class),
                REVIEW_BY.toString());
        new ClinicianAnswers(plan).answerEverythingMissing();
        assertEquals("Every required field is filled in.", plan.stillMissing());
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-1-treatment-plan.png");
        sign();
        EventLoop.spinUntil(() -> overview.planLines().stream().anyMatch(line -> line.contains(GOAL)), UI_TIMEOUT_MS,
                "the signed plan's goal to show in the overview: " + overview.planLines());
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-2-plan-in-overview.png");

        // a SOAP progress note: the goal is offered from the plan, a PHQ-9 is answered, the note is signed
        IEditorPart soapEditor = newNote(clientId[0], "Progress note", "SOAP progress note");
        NoteEditorWidgets soap = new NoteEditorWidgets(soapEditor);
        // the plan has one objective: the first "Goal addressed" row is there and names it, changeable
        List<Button> objectives = WidgetFinder.all(soap.fieldOf("Goal or objective"), Button.class).stream()
                .filter(button -> (button.getStyle() & SWT.RADIO) != 0).toList();
        assertEquals(1, objectives.size(), "the plan's one objective offered");
        Button onlyObjective = objectives.get(0);
        assertEquals(OBJECTIVE, WidgetFinder.withoutMnemonics(onlyObjective.getText()));
        assertTrue(onlyObjective.getSelection(), "the plan's only objective is chosen in the first row");
        List<String> firstMissing = soap.stillMissingEntries();
        assertTrue(firstMissing.contains("Progress toward it is required")
                && firstMissing.stream().noneMatch(entry -> entry.startsWith("Goal addressed ")
                        || entry.startsWith("Goal or objective ")), "the row asks only what the record cannot know: "
                + firstMissing);
        for (org.eclipse.swt.widgets.Control level = onlyObjective; level != null; level = level.getParent()) {
            if (level instanceof org.eclipse.swt.custom.ScrolledComposite scrolled) {
                scrolled.showControl(soap.text("Progress or barriers")); // the row's last field: the whole row
                break;
            }
        }
        EventLoop.spin();
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-3a-first-goal-row-prefilled.png");
        List<String> soapAnswers = new ClinicianAnswers(soap).answerEverythingMissing();
        assertTrue(!soapAnswers.contains("Goal or objective is required")
                && soapAnswers.contains("PHQ-9 depression questionnaire has unanswered items"), soapAnswers.toString());
        Note soapDraft = NoteOpener.inputOf(soapEditor).note();
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-3-soap-note.png");
        sign();
        EventLoop.spinUntil(() -> overview.measureRows().stream().anyMatch(row -> row.contains("| PHQ-9 | 0 |")),
                UI_TIMEOUT_MS, "the overview to list the note's PHQ-9: " + overview.measureRows());
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-4-measure-in-overview.png");

        CaseloadStore store = CaseloadSession.current().store();
        Client before = store.loadClient(clientId[0]).orElseThrow();
        TreatmentPlan current = PlanVersions.current(before).orElseThrow(() -> new AssertionError("no plan"));
        assertEquals(REVIEW_BY, current.getNextReviewDate(), "the plan's review date is the one typed");
        assertEquals(List.of("F41.1"), current.getProblems().stream().map(Problem::getDiagnosisCode).toList(),
                "the problem carries the diagnosis code typed in the plan");
        Goal goal = current.getProblems().stream().map(Problem::getGoals).flatMap(List::stream)
                .filter(candidate -> GOAL.equals(candidate.getStatement())).findFirst()
                .orElseThrow(() -> new AssertionError("the plan has no goal " + GOAL));
        Note signedSoap = store.loadNote(soapDraft.getId()).orElseThrow();
        assertEquals(NoteStatus.SIGNED, signedSoap.getStatus());
        Set<String> planElements = new HashSet<>(List.of(goal.getId()));
        goal.getObjectives().forEach(objective -> planElements.add(objective.getId()));
        List<String> referred = Stream.concat(signedSoap.getValues().stream(), signedSoap.getGroups().stream()
                .flatMap(group -> group.getRows().stream()).flatMap(row -> row.getValues().stream()))
                .filter(GoalReferenceValue.class::isInstance).map(GoalReferenceValue.class::cast)
                .flatMap(reference -> reference.getPlanElementIds().stream()).toList();
        assertFalse(referred.isEmpty(), "the progress note names a goal or objective");
        assertTrue(planElements.containsAll(referred), "what it names is the signed plan's goal " + goal.getId()
                + " or its objectives " + planElements + ": " + referred);

        // close the caseload (the demo opens instead), then reopen the clinician's own with its passphrase
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        StartedCaseload.view();
        assertTrue(CaseloadSession.current().isDemo());
        CaseloadDialogDriver.answer("Open Caseload", "org.casenotes.ui.caseload.open", dialog -> {
            dialog.fill("Passphrase", PASSPHRASE);
            dialog.press("Open");
        });
        CaseloadView reopened = StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo());
        assertEquals(folder, CaseloadSession.current().location().orElse(null));
        EventLoop.spinUntil(() -> reopened.shownClientNames().size() == 1, UI_TIMEOUT_MS,
                "the client to be listed after reopening: " + reopened.shownClientNames());
        pick(clientId[0]);
        ClientOverviewView after = overview();
        EventLoop.spinUntil(() -> clientId[0].equals(after.shownClientId()), UI_TIMEOUT_MS, "the overview");
        assertTrue(after.factsText().contains("F41.1"), after.factsText());
        assertTrue(after.planLines().stream().anyMatch(line -> line.contains(GOAL)), after.planLines().toString());
        assertTrue(after.measureRows().stream().anyMatch(row -> row.contains("| PHQ-9 | 0 |")),
                after.measureRows().toString());
        Client reread = CaseloadSession.current().store().loadClient(clientId[0]).orElseThrow();
        assertEquals(List.of("std.instruments.PHQ9"),
                reread.getMeasureResults().stream().map(MeasureResult::getInstrumentId).toList());
        for (String noteId : List.of(planNoteId, soapDraft.getId())) {
            assertEquals(NoteStatus.SIGNED, CaseloadSession.current().store().loadNote(noteId).orElseThrow()
                    .getStatus(), "the signed note " + noteId + " is there");
        }
        Screenshots.ofWorkbenchWindow(1280, 1000, "first-session-5-reopened.png");
    }

    /** Clicks the client's row in the caseload view, as a clinician picks a client. */
    private static void pick(String clientId) throws Exception {
        ActiveWorkbench.page().showView(CaseloadUi.CASELOAD_VIEW);
        Text search = WidgetFinder.all(ActiveWorkbench.shell(), Text.class).stream()
                .filter(text -> "Search by name or id".equals(text.getMessage())).findFirst().orElseThrow();
        Table clients = WidgetFinder.all(search.getParent(), Table.class).get(0);
        EventLoop.spinUntil(() -> clients.getItemCount() == 1, UI_TIMEOUT_MS, "the caseload to list " + clientId);
        TableItem row = clients.getItem(0);
        clients.setSelection(row);
        Event selected = new Event();
        selected.item = row;
        clients.notifyListeners(SWT.Selection, selected);
        EventLoop.spin();
    }

    private static ClientOverviewView overview() {
        return (ClientOverviewView) ActiveWorkbench.page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
    }

    /**
     * Note &gt; New Note… on the template titled {@code template}, worked through its wizard, which starts with the
     * client in front of the clinician (the overview's, or the open note's): that must be {@code clientId}.
     */
    private static IEditorPart newNote(String clientId, String kind, String template) throws Exception {
        Dialogs.Awaited wizard = Dialogs.answer("New Note", dialog -> {
            Workbench.choose(Workbench.labelled(dialog, "Kind of note", Combo.class), kind);
            Workbench.choose(Workbench.labelled(dialog, "Template", Combo.class), template);
            Dialogs.press(dialog, "Finish");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newNote");
        assertTrue(wizard.shown(), "the New Note wizard was shown");
        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        assertEquals(NoteStatus.DRAFT, NoteOpener.inputOf(editor).note().getStatus());
        assertEquals(clientId, NoteOpener.inputOf(editor).note().getClientId(), "the note is for the client in view");
        return editor;
    }

    /** Note &gt; Sign, confirming the signature line (and any warnings listed). */
    private static void sign() throws Exception {
        Dialogs.Awaited confirm = Dialogs.answer("Sign Note", Dialogs.pressing("Sign"));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(confirm.shown(), "the signature was asked for and confirmed");
        assertTrue(confirm.text().contains("Sign as Alex Moreno, LCSW?"), confirm.text());
    }
}
