package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.NoteSigning;
import org.casenotes.ui.lifecycle.SigningPrompts;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Treatment plans as living records, in a clinician's own caseload of fictional clients (so the demo the other tests
 * count stays as it is): a treatment-plan note signed through {@link NoteSigning} becomes the client's plan, whose
 * objectives the next progress note offers on its goal picker; a signed plan review makes the next version (a goal
 * revised, one dropped and no longer offered); and reviews due within two weeks, or overdue, are marked in the
 * caseload view and spelt out in the client overview.
 */
class TreatmentPlanUiTest {

    private static final String PASSPHRASE = "lantern orchard tuesday gravel";
    private static final long UI_TIMEOUT_MS = 60_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

    @TempDir
    Path temp;

    private final LocalDate today = LocalDate.now();
    private final List<String> blocked = new ArrayList<>();
    private CaseloadStore store;

    @BeforeEach
    void openAnOwnCaseloadWithPlansAtDifferentStages() throws Exception {
        StartedCaseload.store();
        Path folder = temp.resolve("plans");
        try (CaseloadStore created = Caseloads.embedded().create(folder, PASSPHRASE.toCharArray(), "rvale")) {
            created.saveClient(client("c-0001", "Pat Example", null));
            created.saveClient(client("c-0002", "Lee Sample", today.plusDays(5)));
            created.saveClient(client("c-0003", "Dana Sample", today.minusDays(3)));
            created.saveClient(client("c-0004", "Sam Sample", today.plusDays(40)));
        }
        RecentCaseloads.ofWorkbench().remember(new KnownCaseload(folder, "Plans Counselling", "", ""));
        Dialogs.Awaited open = Dialogs.answer("Open Caseload", dialog -> {
            Workbench.labelled(dialog, "Passphrase", Text.class).setText(PASSPHRASE);
            Dialogs.press(dialog, "Open");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.open");
        assertTrue(open.shown(), "the Open Caseload dialog was answered");
        StartedCaseload.view();
        store = CaseloadSession.current().store();
        assertFalse(CaseloadSession.current().isDemo());
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        Workbench.closeAllEditors();
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.remove(RecentCaseloads.RECENT);
        preferences.remove(RecentCaseloads.LAST);
        preferences.flush();
        StartedCaseload.view();
    }

    @Test
    void reviewsDueWithinTwoWeeksOrOverdueAreMarkedInTheCaseloadAndSpeltOutInTheOverview() throws Exception {
        CaseloadView caseload = StartedCaseload.view();
        List<String> rows = caseload.shownClientRows();
        assertEquals(List.of("Pat Example | Active |  |  |  | ",
                "Dana Sample | Active | overdue |  |  | ", "Lee Sample | Active | in 5 days |  |  | ",
                "Sam Sample | Active | " + SHORT_DAY.format(today.plusDays(40)) + " |  |  | "), rows);
        assertTrue(caseload.bannerText().endsWith("4 clients, 0 unsigned notes, 0 overdue. 2 plan reviews due."),
                caseload.bannerText());
        caseload.filterByStatus("Plan review due");
        EventLoop.spin();
        assertEquals(List.of("Dana Sample", "Lee Sample"), caseload.shownClientNames());
        Screenshots.ofWorkbenchWindow(1280, 900, "plan-reviews-due-caseload.png");
        caseload.filterByStatus("All statuses");

        assertEquals("Plan review due " + DAY.format(today.plusDays(5)) + " (in 5 days)", reviewShownFor("c-0002"));
        assertEquals("Plan review overdue since " + DAY.format(today.minusDays(3)) + " (3 days)",
                reviewShownFor("c-0003"));
        Screenshots.ofWorkbenchWindow(1280, 900, "plan-review-overdue-overview.png");
        assertEquals("", reviewShownFor("c-0004"), "a review six weeks away is not flagged");
        assertEquals("", reviewShownFor("c-0001"), "no plan, no review");
    }

    @Test
    void aSignedPlanIsWhatTheNextProgressNoteOffersAndASignedReviewMakesTheNextVersion() throws Exception {
        WorkbenchRules rules = Workplace.rules();
        NoteSigning signing = new NoteSigning(store, rules, Workplace.profile(), prompts());
        Client client = store.loadClient("c-0001").orElseThrow();
        FormDefinition planForm = NoteForms.installed().latest("std.plan.TreatmentPlan").orElseThrow();
        Note plan = new NewNoteRequest(client, planForm, today, false).createDraft(store, rules,
                Workplace.profile().id());
        var edit = rules.lifecycle(client).edit(plan, planForm).setDate("planDate", today)
                .setText("diagnosis", "F41.1 Generalized anxiety disorder").setDate("reviewDate", today.plusDays(90))
                .setText("frequency", "Weekly, 50 minutes").choose("modality", "individual")
                .setBoolean("clientParticipated", true).setBoolean("clientAgrees", true);
        assertEquals(1, edit.rowCount("problemList"), "a new plan starts with its one problem row");
        edit.row("problemList", 0).setText("problem", "Worry most days keeps the client awake at night.")
                .setText("goal", "I want to sleep through the night.")
                .setText("objectives", "1. Client will sleep six hours on five of seven nights, by sleep log.\n"
                        + "2. Client will use a breathing exercise at bedtime on most nights.")
                .choose("plannedInterventions", "cbt", "relaxation").setDate("targetDate", today.plusDays(90));
        edit.addRow("problemList").setText("problem", "The client has stopped seeing friends since the move.")
                .setText("goal", "I want to see friends again.")
                .setText("objectives", "Client will meet a friend at least once a week, by self-report.")
                .choose("plannedInterventions", "behavioralActivation").setDate("targetDate", today.plusDays(90));
        store.saveNote(plan);
        assertEquals(List.of(), signing.blockers(plan, planForm, client), "nothing blocks signing");

        // signed with Note > Sign in the editor, as a clinician would
        NoteOpener.open(ActiveWorkbench.page(), client, plan, planForm, rules, NoteHome.record(store));
        Dialogs.Awaited confirm = Dialogs.answer("Sign Note", Dialogs.pressing("Sign"));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(confirm.text().contains("Sign as Robin Vale, LCSW?"), confirm.text());

        TreatmentPlan first = PlanVersions.current(store.loadClient("c-0001").orElseThrow()).orElseThrow();
        assertEquals(1, first.getVersion());
        assertEquals(plan.getId(), first.getNoteId());
        CaseloadView caseload = StartedCaseload.view();
        String reviewBy = SHORT_DAY.format(today.plusDays(90));
        // signing the plan opened Pat's first episode of care, so the intake is due now too
        EventLoop.spinUntil(() -> caseload.shownClientRows().contains("Pat Example | Intake due | " + reviewBy
                + " |  |  | " + SHORT_DAY.format(today)), UI_TIMEOUT_MS,
                "the caseload to show the new plan's review date: " + caseload.shownClientRows());
        Workbench.closeAllEditors();
        assertEquals(List.of("Client will sleep six hours on five of seven nights, by sleep log.",
                "Client will use a breathing exercise at bedtime on most nights.",
                "Client will meet a friend at least once a week, by self-report."), objectivesOffered());
        Screenshots.ofWorkbenchWindow(1280, 1000, "plan-goals-offered-in-progress-note.png");
        Workbench.closeAllEditors();

        FormDefinition reviewForm = NoteForms.installed().latest("std.plan.PlanReview").orElseThrow();
        client = store.loadClient("c-0001").orElseThrow();
        Note review = new NewNoteRequest(client, reviewForm, today, false).createDraft(store, rules,
                Workplace.profile().id());
        List<String> goalIds = first.getProblems().stream().map(Problem::getGoals).flatMap(List::stream)
                .map(Goal::getId).toList();
        var reviewEdit = rules.lifecycle(client).edit(review, reviewForm).setDate("reviewDate", today)
                .setDate("planDate", today).setText("participants", "The client and the clinician")
                .setBoolean("continuedNeed", true)
                .setText("necessityReason", "Worry still wakes the client most nights and keeps the client "
                        + "from working full days.")
                .setDate("nextReview", today.plusDays(60));
        assertEquals(1, reviewEdit.rowCount("goalReviews"), "a new review starts with its one goal row");
        assertTrue(reviewEdit.row("goalReviews", 0).value("goal").isEmpty(),
                "with two goals in the plan, none is chosen for the clinician");
        reviewEdit.row("goalReviews", 0).referTo("goal", goalIds.get(0)).choose("status", "revised")
                .setText("evidence", "The sleep log shows four good nights a week.")
                .setText("revision", "I want to sleep through the night and wake rested.");
        reviewEdit.addRow("goalReviews").referTo("goal", goalIds.get(1)).choose("status", "dropped")
                .setText("evidence", "The client now sees friends every week at work.");
        store.saveNote(review);

        assertTrue(signing.sign(review, reviewForm).isPresent(), "signed; refusals: " + blocked);

        Client reviewed = store.loadClient("c-0001").orElseThrow();
        TreatmentPlan second = PlanVersions.current(reviewed).orElseThrow();
        assertEquals(2, second.getVersion());
        assertEquals(List.of(PlanStatus.SUPERSEDED, PlanStatus.ACTIVE),
                reviewed.getEpisodes().get(0).getTreatmentPlans().stream().map(TreatmentPlan::getStatus).toList());
        assertEquals(List.of("I want to sleep through the night and wake rested. ACTIVE",
                "I want to see friends again. DISCONTINUED"), second.getProblems().stream()
                        .map(Problem::getGoals).flatMap(List::stream)
                        .map(goal -> goal.getStatement() + " " + goal.getStatus()).toList());
        assertEquals(List.of("Client will sleep six hours on five of seven nights, by sleep log.",
                "Client will use a breathing exercise at bedtime on most nights."), objectivesOffered(),
                "the dropped goal's objective is no longer offered");
        Workbench.closeAllEditors();

        ClientOverviewView overview = select("c-0001");
        EventLoop.spinUntil(() -> overview.planLines().stream().anyMatch(line -> line.startsWith(
                "Goal: I want to sleep through the night and wake rested.")), UI_TIMEOUT_MS,
                "the overview to show the reviewed plan: " + overview.planLines());
        assertTrue(overview.planLines().stream().anyMatch(line -> line.startsWith("Goal: I want to see friends again.")
                && line.endsWith("discontinued")), overview.planLines().toString());
        Screenshots.ofWorkbenchWindow(1280, 900, "plan-version-2-overview.png");
    }

    /**
     * @return the labels of the objectives a new SOAP note of c-0001 offers in its first "Goal addressed" row, there
     *         from the start; with three objectives in the plan, none is chosen in it
     */
    private List<String> objectivesOffered() throws Exception {
        Client client = store.loadClient("c-0001").orElseThrow();
        FormDefinition soap = NoteForms.installed().latest("std.progress.SoapNote").orElseThrow();
        Note progress = new NewNoteRequest(client, soap, today, false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(ActiveWorkbench.page(), client, progress, soap, Workplace.rules(),
                NoteHome.record(store));
        NoteEditorWidgets widgets = new NoteEditorWidgets(editor);
        EventLoop.spin(); // the note starts with its first "Goal addressed" row
        assertTrue(WidgetFinder.all(widgets.fieldOf("Goal or objective"), Button.class).stream()
                .noneMatch(Button::getSelection), "no objective chosen for the clinician among several");
        return WidgetFinder.all(widgets.fieldOf("Goal or objective"), Button.class).stream()
                .filter(button -> (button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0)
                .map(button -> WidgetFinder.withoutMnemonics(button.getText())).toList();
    }

    private String reviewShownFor(String clientId) throws Exception {
        ClientOverviewView overview = select(clientId);
        return overview.planReviewText();
    }

    private ClientOverviewView select(String clientId) throws Exception {
        CaseloadView caseload = StartedCaseload.view();
        caseload.selectClient(clientId);
        ClientOverviewView overview =
                (ClientOverviewView) ActiveWorkbench.page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> clientId.equals(overview.shownClientId()), UI_TIMEOUT_MS,
                "the overview to show " + clientId);
        return overview;
    }

    private Client client(String id, String name, LocalDate nextReview) {
        RecordFactory record = RecordFactory.eINSTANCE;
        Client client = record.createClient();
        client.setId(id);
        client.setLegalName(name);
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1988, 6, 1));
        if (nextReview != null) {
            EpisodeOfCare episode = record.createEpisodeOfCare();
            episode.setId(id + "-E1");
            episode.setStatus(EpisodeStatus.OPEN);
            episode.setStartDate(nextReview.minusDays(90));
            episode.setIntakeOn(nextReview.minusDays(85));
            TreatmentPlan plan = record.createTreatmentPlan();
            plan.setId(id + "-P1");
            plan.setVersion(1);
            plan.setStatus(PlanStatus.ACTIVE);
            plan.setEffectiveDate(nextReview.minusDays(90));
            plan.setNextReviewDate(nextReview);
            Problem problem = record.createProblem();
            problem.setId(id + "-problem");
            problem.setStatement("Low mood most days.");
            Goal goal = record.createGoal();
            goal.setId(id + "-G1");
            goal.setStatement("Feel like myself again.");
            goal.setStatus(GoalStatus.ACTIVE);
            Objective objective = record.createObjective();
            objective.setId(id + "-O1");
            objective.setStatement("Client will plan one rewarding activity a day.");
            objective.setStatus(GoalStatus.ACTIVE);
            goal.getObjectives().add(objective);
            problem.getGoals().add(goal);
            plan.getProblems().add(problem);
            episode.getTreatmentPlans().add(plan);
            client.getEpisodes().add(episode);
        }
        return client;
    }

    private SigningPrompts prompts() {
        return new SigningPrompts() {
            @Override
            public void showBlocked(List<String> reasons) {
                blocked.addAll(reasons);
            }

            @Override
            public boolean confirmSignature(String signatureLine, List<String> warnings) {
                return true;
            }

            @Override
            public Optional<String> lateEntryReason(Instant closedAt) {
                return Optional.of("Not late.");
            }
        };
    }
}
