package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
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
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client &gt; Admit… and Client &gt; Discharge… with real widgets, in a clinician's own caseload with one fictional
 * client (the demo the other tests count stays as it is): the admission dialog refuses an impossible or future day
 * and a missing reason under the field, an admission shows in the overview with its intake due and in the caseload,
 * Edit &gt; Undo takes it back, and the discharge note started from the Client menu closes the episode when signed.
 */
class EpisodeOfCareUiTest {

    private static final String STRONG = "lantern orchard tuesday gravel";
    private static final long UI_TIMEOUT_MS = 60_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final String REASON = "Low mood and poor sleep since losing work in the summer; asks for help "
            + "getting back to a routine.";

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void openAnOwnCaseloadWithOneClientNotInCare() throws Exception {
        StartedCaseload.store();
        Path folder = temp.resolve("riverside");
        try (CaseloadStore created = Caseloads.embedded().create(folder, STRONG.toCharArray(), "sortiz")) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId("c-0001");
            client.setLegalName("Marisol Thistlewood");
            client.setPronouns("she/her");
            client.setDateOfBirth(LocalDate.of(1988, 3, 14));
            client.setStatus(ClientStatus.WAITLIST);
            created.saveClient(client);
        }
        RecentCaseloads.ofWorkbench().remember(new KnownCaseload(folder, "Riverside Counselling", "", ""));
        List<String> opened = DialogWatcher.answer("Open Caseload", dialog -> {
            Workbench.labelled(dialog, "Passphrase", Text.class).setText(STRONG);
            Dialogs.press(dialog, "Open");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.open");
        assertEquals(List.of("Open Caseload"), opened);
        StartedCaseload.view();
        store = CaseloadSession.current().store();
        assertFalse(CaseloadSession.current().isDemo());
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.put(CasenotesPreferences.PACKS_OFF, "org.casenotes.core.payer,org.casenotes.core.integrity");
        preferences.flush();
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        Workbench.closeAllEditors();
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.clear();
        preferences.flush();
        StartedCaseload.view();
    }

    @Test
    void anAdmissionTypedIntoTheDialogOpensTheEpisodeShownWithItsIntakeDue() throws Exception {
        ClientOverviewView overview = showTheClient();
        assertTrue(overview.factsText().contains("Not admitted to care"), overview.factsText());
        LocalDate admitted = LocalDate.now().minusDays(3);
        List<List<String>> refused = new ArrayList<>();
        List<Boolean> admitEnabled = new ArrayList<>();

        List<String> answered = DialogWatcher.answer("Admit Client", dialog -> {
            fill(dialog, "Admitted on", "2026-02-30");
            refused.add(refusals(dialog));
            admitEnabled.add(button(dialog, "Admit").isEnabled());
            fill(dialog, "Admitted on", LocalDate.now().plusDays(1).toString());
            refused.add(refusals(dialog));
            screenshot(dialog, "admit-dialog-refused.png");
            fill(dialog, "Admitted on", admitted.toString());
            fill(dialog, "Referred by", "Dr. Ames (primary care)");
            fill(dialog, "Reason for services", REASON);
            refused.add(refusals(dialog));
            admitEnabled.add(button(dialog, "Admit").isEnabled());
            screenshot(dialog, "admit-dialog.png");
            Dialogs.press(dialog, "Admit");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.admitClient");

        assertEquals(List.of("Admit Client"), answered);
        assertEquals(List.of("2026-02-30 is not a date: type it as YYYY-MM-DD, e.g. " + LocalDate.now() + ".",
                "Enter why the client is seeking services now."), refused.get(0));
        assertEquals("An admission cannot be after today (" + LocalDate.now() + "); " + LocalDate.now().plusDays(1)
                + " is.", refused.get(1).get(0));
        assertEquals(List.of(), refused.get(2));
        assertEquals(List.of(false, true), admitEnabled, "Admit is enabled only when nothing is refused");
        Client client = store.loadClient("c-0001").orElseThrow();
        EpisodeOfCare episode = EpisodesOfCare.open(client).orElseThrow(() -> new AssertionError("no open episode"));
        assertEquals(List.of(admitted, "Dr. Ames (primary care)", REASON, EpisodeStatus.OPEN, ClientStatus.ACTIVE),
                List.of(episode.getStartDate(), episode.getReferralSource(), episode.getReasonForServices(),
                        episode.getStatus(), client.getStatus()));
        assertTrue(store.auditLog().entriesFor(RecordKind.CLIENT, "c-0001").stream()
                .anyMatch(entry -> entry.action() == AuditAction.CHANGE), "the admission is audited as a change");

        String dueBy = DAY.format(admitted.plusDays(14));
        EventLoop.spinUntil(() -> overview.factsText().contains("In care since " + DAY.format(admitted)
                + " · intake due by " + dueBy), UI_TIMEOUT_MS, "the overview to show the episode: "
                + overview.factsText());
        CaseloadView caseload = StartedCaseload.view();
        EventLoop.spinUntil(() -> caseload.shownClientRows().stream().anyMatch(row -> row.contains("| Intake due |")),
                UI_TIMEOUT_MS, "the caseload to mark the intake due: " + caseload.shownClientRows());
        caseload.filterByStatus("Intake due");
        assertEquals(List.of("Marisol Thistlewood"), caseload.shownClientNames());
        caseload.filterByStatus("All statuses");
        Screenshots.ofWorkbenchWindow(1280, 900, "admitted-overview.png");

        List<String> again = new ArrayList<>();
        DialogWatcher.answer("Admit Client", dialog -> {
            again.add(String.join("\n", WidgetFinder.all(dialog, Label.class).stream().map(Label::getText).toList()));
            Dialogs.press(dialog, "OK");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.admitClient");
        assertTrue(again.size() == 1 && again.get(0).contains("already in care since " + admitted), again.toString());
        assertEquals(1, store.loadClient("c-0001").orElseThrow().getEpisodes().size(), "no second episode");
    }

    @Test
    void aNewClientCanBeAdmittedRightAway() throws Exception {
        List<String> answered = new ArrayList<>();
        DialogWatcher.answer("New Client", dialog -> {
            answered.add(dialog.getText());
            fill(dialog, "Legal name", "Ansel Pemberton");
            Clicks.click(WidgetFinder.first(dialog, Button.class,
                    button -> button.getText().startsWith("Admit now")).orElseThrow());
            Dialogs.press(dialog, "Save");
        });
        DialogWatcher.answer("Admit Client", dialog -> {
            answered.add(dialog.getText());
            fill(dialog, "Reason for services", REASON);
            Dialogs.press(dialog, "Admit");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.newClient");

        assertEquals(List.of("New Client", "Admit Client"), answered);
        Client admitted = store.loadClient("c-0002").orElseThrow(() -> new AssertionError("the client was not saved"));
        EpisodeOfCare episode = EpisodesOfCare.open(admitted).orElseThrow(() -> new AssertionError("not admitted"));
        assertEquals(List.of(LocalDate.now(), REASON, ClientStatus.ACTIVE),
                List.of(episode.getStartDate(), episode.getReasonForServices(), admitted.getStatus()));
    }

    @Test
    void editUndoTakesAnAdmissionBack() throws Exception {
        showTheClient();
        admit(LocalDate.now());
        assertEquals(ClientStatus.ACTIVE, store.loadClient("c-0001").orElseThrow().getStatus());
        ActiveWorkbench.page().activate(StartedCaseload.view());

        ActiveWorkbench.runCommand("org.eclipse.ui.edit.undo");

        Client undone = store.loadClient("c-0001").orElseThrow();
        assertEquals(List.of(List.of(), ClientStatus.WAITLIST), List.of(undone.getEpisodes(), undone.getStatus()),
                "Undo removes the episode and puts the status back");
        ActiveWorkbench.runCommand("org.eclipse.ui.edit.redo");
        assertTrue(EpisodesOfCare.open(store.loadClient("c-0001").orElseThrow()).isPresent(), "Redo admits again");
    }

    @Test
    void editClientDoesNotOfferDischargedWhileAnEpisodeIsOpen() throws Exception {
        showTheClient();
        List<List<String>> offered = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Runnable editClient = () -> DialogWatcher.answer("Edit Client", dialog -> {
            offered.add(List.of(WidgetFinder.all(dialog, Combo.class).get(0).getItems()));
            said.add(String.join("\n", WidgetFinder.all(dialog, Label.class).stream().map(Label::getText).toList()));
            Dialogs.press(dialog, "Cancel");
        });
        editClient.run();
        ActiveWorkbench.runCommand("org.casenotes.ui.record.editClient");
        admit(LocalDate.now().minusDays(2));
        editClient.run();
        ActiveWorkbench.runCommand("org.casenotes.ui.record.editClient");

        assertTrue(offered.get(0).contains("Discharged"), "not in care: " + offered.get(0));
        assertFalse(offered.get(1).contains("Discharged"), "in care: " + offered.get(1));
        assertTrue(said.get(1).contains("In care since " + LocalDate.now().minusDays(2) + ": discharge with Client > "
                + "Discharge…"), said.get(1));
        assertEquals(ClientStatus.ACTIVE, store.loadClient("c-0001").orElseThrow().getStatus());
    }

    @Test
    void dischargeStartsTheDischargeNoteWhoseSignatureClosesTheEpisode() throws Exception {
        ClientOverviewView overview = showTheClient();
        List<String> refusedWhileNotInCare = new ArrayList<>();
        DialogWatcher.answer("Discharge Client", dialog -> {
            refusedWhileNotInCare.add(String.join("\n", WidgetFinder.all(dialog, Label.class).stream()
                    .map(Label::getText).toList()));
            Dialogs.press(dialog, "OK");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.dischargeClient");
        assertTrue(refusedWhileNotInCare.size() == 1
                && refusedWhileNotInCare.get(0).contains("has no open episode of care"), refusedWhileNotInCare
                .toString());

        LocalDate admitted = LocalDate.now().minusDays(20);
        admit(admitted);
        List<String> goalIds = givePlan();

        List<String> chosen = new ArrayList<>();
        List<String> wizard = DialogWatcher.answer("New Note", dialog -> {
            for (String label : List.of("Client", "Kind of note", "Template")) {
                chosen.add(Workbench.labelled(dialog, label, Combo.class).getText());
            }
            Dialogs.press(dialog, "Finish");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.dischargeClient");
        assertEquals(List.of("New Note"), wizard);
        assertEquals(List.of("Marisol Thistlewood (c-0001)", "Discharge note", "Discharge note"), chosen,
                "the wizard starts with the client and the standard discharge template chosen");
        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        Note draft = NoteOpener.inputOf(editor).note();
        FormDefinition form = NoteOpener.inputOf(editor).form();
        Client client = store.loadClient("c-0001").orElseThrow();
        assertEquals(EpisodesOfCare.open(client).orElseThrow().getId(), draft.getEpisodeId(),
                "the new note belongs to the open episode");

        Note filled = store.loadNote(draft.getId()).orElseThrow();
        List<String> unfilled = new NoteFiller(goalIds, List.of()).fill(Workplace.rules().lifecycle(client), filled,
                form);
        assertEquals(List.of(), unfilled);
        store.saveNote(filled);
        Workbench.closeAllEditors();
        NoteOpener.openStored(ActiveWorkbench.page(), client, filled, Workplace.rules(), NoteHome.record(store));
        List<String> signing = new ArrayList<>();
        DialogWatcher.answer(shell -> Set.of("Sign Note", "Cannot Sign Yet").contains(shell.getText()), dialog -> {
            signing.add(dialog.getText() + ": " + String.join("\n", WidgetFinder.all(dialog, Label.class).stream()
                    .map(Label::getText).toList()));
            Dialogs.press(dialog, "Sign Note".equals(dialog.getText()) ? "Sign" : "OK");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");

        assertTrue(signing.size() == 1 && signing.get(0).startsWith("Sign Note"), signing.toString());
        assertEquals(NoteStatus.SIGNED, store.loadNote(draft.getId()).orElseThrow().getStatus());
        Client discharged = store.loadClient("c-0001").orElseThrow();
        EpisodeOfCare closed = discharged.getEpisodes().get(0);
        assertEquals(List.of(EpisodeStatus.CLOSED, LocalDate.now(), ClientStatus.DISCHARGED),
                List.of(closed.getStatus(), closed.getEndDate(), discharged.getStatus()),
                "the discharge note's discharge date (today, as the form was filled) ends the episode");
        EventLoop.spinUntil(() -> overview.factsText().contains("Discharged " + DAY.format(LocalDate.now())
                + " (in care since " + DAY.format(admitted) + ")"), UI_TIMEOUT_MS,
                "the overview to show the discharge: " + overview.factsText());
        CaseloadView caseload = StartedCaseload.view();
        EventLoop.spinUntil(() -> caseload.shownClientRows().stream().anyMatch(row -> row.contains("| Discharged |")),
                UI_TIMEOUT_MS, "the caseload to show the client discharged: " + caseload.shownClientRows());
        Workbench.closeAllEditors();
        Screenshots.ofWorkbenchWindow(1280, 900, "discharged-overview.png");
    }

    private ClientOverviewView showTheClient() {
        CaseloadView view = StartedCaseload.view();
        view.selectClient("c-0001");
        ClientOverviewView overview = (ClientOverviewView) ActiveWorkbench.page()
                .findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> overview != null && "c-0001".equals(overview.shownClientId()), UI_TIMEOUT_MS,
                "the overview to show c-0001");
        return overview;
    }

    private void admit(LocalDate day) throws Exception {
        List<String> answered = DialogWatcher.answer("Admit Client", dialog -> {
            fill(dialog, "Admitted on", day.toString());
            fill(dialog, "Reason for services", REASON);
            Dialogs.press(dialog, "Admit");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.record.admitClient");
        assertEquals(List.of("Admit Client"), answered);
    }

    /** Gives the open episode a plan with one goal, as the plan editor would; @return the goal ids */
    private List<String> givePlan() {
        Client client = store.loadClient("c-0001").orElseThrow();
        RecordFactory record = RecordFactory.eINSTANCE;
        TreatmentPlan plan = record.createTreatmentPlan();
        plan.setId("plan-1");
        plan.setEffectiveDate(LocalDate.now().minusDays(10));
        Problem problem = record.createProblem();
        problem.setId("problem-1");
        problem.setStatement("Low mood");
        Goal goal = record.createGoal();
        goal.setId("goal-1");
        goal.setStatement("Return to a daily routine");
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        PlanVersions.addVersion(EpisodesOfCare.open(client).orElseThrow(), plan);
        store.saveClient(client);
        return List.of(goal.getId());
    }

    private static void fill(Shell dialog, String label, String value) {
        Text field = Workbench.labelled(dialog, label, Text.class);
        field.setFocus();
        field.setText(value);
        EventLoop.spin();
    }

    private static Button button(Shell dialog, String label) {
        return WidgetFinder.button(dialog, label).orElseThrow();
    }

    /** @return the messages shown under the fields, top to bottom */
    private static List<String> refusals(Shell shell) {
        EventLoop.spin();
        return WidgetFinder.all(shell, Label.class).stream().filter(Label::isVisible)
                .filter(label -> label.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)))
                .map(Label::getText).filter(text -> !text.isEmpty()).toList();
    }

    private static void screenshot(Shell shell, String name) {
        try {
            EventLoop.spinFor(300);
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
