package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client &gt; Edit Treatment Plan… with real widgets, in a clinician's own caseload with two fictional clients: one
 * admitted, with a diagnosis and a first plan, and one not yet admitted. A plan written in the dialog is saved as a
 * version and shown in the overview; an edit saves the next version while the one before stays readable and as it
 * was; empty statements and impossible or early dates are refused at the field; Ctrl+Z and Ctrl+Y take edits back
 * and forth; a changed plan is not dropped on Cancel without asking.
 */
class PlanEditorUiTest {

    private static final long OPEN_TIMEOUT_MS = 60_000;
    private static final String EDIT_PLAN = "org.casenotes.ui.record.editPlan";
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate ADMITTED = TODAY.minusDays(60);

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void openAnOwnCaseloadWithTwoClients() throws Exception {
        store = HarboursideCaseload.open(temp, List.of(admittedWithAPlan(), client("c-0002", "Rowan Calloway")));
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        HarboursideCaseload.backToTheDemo();
    }

    @Test
    void aPlanWrittenForAClientWithoutAnEpisodeIsSavedAsVersionOneOfANewEpisodeAndShown() throws Exception {
        ClientOverviewView overview = show("c-0002");
        assertTrue(overview.planDetailsText().startsWith("No treatment plan yet"), overview.planDetailsText());
        List<String> asked = DialogWatcher.answer(org.casenotes.ui.record.EditPlanHandler.NO_EPISODE,
                shell -> Clicks.press(shell, "Open Episode and Write Plan"));
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            seen.add(treeLines(dialog.shell()).toString());
            dialog.fill("Statement", "Low mood and withdrawal since losing a job in June");
            click(dialog, "Add Goal");
            dialog.fill("Statement", "Rowan returns to two weekly activities they valued")
                    .fill("Target date", TODAY.plusDays(120).toString());
            click(dialog, "Add Objective");
            dialog.fill("Statement", "Schedules and does one valued activity a week")
                    .fill("How measured", "activity log, 3 of 4 weeks").fill("Target date",
                            TODAY.plusDays(60).toString());
            click(dialog, "Add Intervention");
            dialog.fill("Description", "Behavioural activation with weekly scheduling")
                    .fill("Frequency", "weekly, 50 minutes");
            seen.add(refusals(dialog.shell()).toString());
            seen.add(treeLines(dialog.shell()).toString());
            screenshot(dialog.shell(), "plan-editor-new-plan.png");
            dialog.press("Save");
        });

        assertEquals(List.of(org.casenotes.ui.record.EditPlanHandler.NO_EPISODE), asked);
        assertEquals("[Problem 1: (empty)]", seen.get(0), "a first plan starts with one problem to describe");
        assertEquals("[]", seen.get(1), "nothing to refuse");
        assertEquals("[Problem 1: Low mood and withdrawal since losing a job in June, "
                + "Goal 1.1: Rowan returns to two weekly activities they valued, "
                + "Objective 1.1.1: Schedules and does one valued activity a week, "
                + "Intervention 1.1.1.1: Behavioural activation with weekly scheduling]", seen.get(2));
        Client saved = store.loadClient("c-0002").orElseThrow();
        assertEquals(1, saved.getEpisodes().size(), "the episode offered was opened with the plan");
        EpisodeOfCare episode = saved.getEpisodes().get(0);
        assertEquals(List.of(EpisodeStatus.OPEN, TODAY), List.of(episode.getStatus(), episode.getStartDate()));
        TreatmentPlan plan = episode.getTreatmentPlans().get(0);
        assertEquals(List.of(1, PlanStatus.ACTIVE, TODAY, TODAY.plusDays(90)),
                List.of(plan.getVersion(), plan.getStatus(), plan.getEffectiveDate(), plan.getNextReviewDate()));
        Objective objective = plan.getProblems().get(0).getGoals().get(0).getObjectives().get(0);
        assertEquals(List.of("activity log, 3 of 4 weeks", TODAY.plusDays(60), GoalStatus.ACTIVE,
                "weekly, 50 minutes"), List.of(objective.getMeasure(), objective.getTargetDate(),
                        objective.getStatus(), objective.getInterventions().get(0).getFrequency()));
        assertTrue(store.auditLog().entriesFor(RecordKind.CLIENT, "c-0002").stream()
                .anyMatch(entry -> entry.action() == AuditAction.CHANGE), "the plan is audited as a change");

        EventLoop.spinUntil(() -> overview.planVersions().size() == 2, OPEN_TIMEOUT_MS,
                "the overview to show the plan: " + overview.planVersions());
        assertEquals(List.of(version(1, TODAY, "current"), "shown: " + version(1, TODAY, "current")),
                overview.planVersions());
        assertTrue(overview.planLines().contains("Goal: Rowan returns to two weekly activities they valued (target "
                + day(TODAY.plusDays(120)) + ") · active"), overview.planLines().toString());
        assertTrue(overview.planLines().contains(
                "Intervention: Behavioural activation with weekly scheduling · weekly, 50 minutes"),
                overview.planLines().toString());
        Screenshots.ofWorkbenchWindow(1280, 900, "plan-in-overview.png");
    }

    @Test
    void anEditIsSavedAsVersionTwoAndVersionOneStaysReadableAsItWas() throws Exception {
        ClientOverviewView overview = show("c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            selectRow(dialog.shell(), "Goal 1.1");
            seen.add(dialog.valueOf("Statement"));
            dialog.fill("Statement", "Pat drives to work without a panic attack for a month");
            Combo status = WidgetFinder.all(dialog.shell(), Combo.class).get(0);
            status.select(List.of(status.getItems()).indexOf("Partially met"));
            status.notifyListeners(SWT.Selection, new Event());
            seen.add(message(dialog.shell()));
            dialog.press("Save");
        });

        assertEquals("Pat drives to work without panic", seen.get(0), "the dialog starts from the current version");
        assertTrue(seen.get(1).contains("Saved as version 2; version 1 stays readable as it is."), seen.get(1));
        List<TreatmentPlan> versions = store.loadClient("c-0001").orElseThrow().getEpisodes().get(0)
                .getTreatmentPlans();
        assertEquals(List.of("1 SUPERSEDED Pat drives to work without panic ACTIVE",
                "2 ACTIVE Pat drives to work without a panic attack for a month PARTIALLY_MET"),
                versions.stream().map(PlanEditorUiTest::versionLine).toList(), "version 1 is as it was");
        assertEquals(goal(versions.get(0)).getId(), goal(versions.get(1)).getId(),
                "notes naming the goal still find it");

        EventLoop.spinUntil(() -> overview.planVersions().size() == 3, OPEN_TIMEOUT_MS,
                "the overview to offer both versions: " + overview.planVersions());
        assertEquals(List.of(version(2, TODAY, "current"), version(1, ADMITTED, "superseded"),
                "shown: " + version(2, TODAY, "current")), overview.planVersions());
        overview.choosePlanVersion(1);
        assertTrue(overview.planLines().contains("Goal: Pat drives to work without panic (target "
                + day(ADMITTED.plusDays(180)) + ") · active"), overview.planLines().toString());
        assertEquals("Superseded by version 2 on " + day(TODAY) + ". Shown as it was saved.",
                overview.planDetailsText());
        Screenshots.ofWorkbenchWindow(1280, 900, "plan-version-1-in-overview.png");
    }

    @Test
    void emptyStatementsAndImpossibleOrEarlyDatesAreRefusedAtTheFieldAndSaveWaits() throws Exception {
        show("c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            dialog.fill("Statement", " ");
            seen.add(refusals(dialog.shell()) + " save " + save(dialog.shell()).isEnabled());
            dialog.fill("Statement", "Panic attacks when driving").fill("Next review", "2027-02-30");
            seen.add(refusals(dialog.shell()) + " save " + save(dialog.shell()).isEnabled());
            dialog.fill("Next review", TODAY.plusDays(90).toString());
            selectRow(dialog.shell(), "Goal 1.1");
            dialog.fill("Target date", TODAY.minusDays(1).toString());
            seen.add(refusals(dialog.shell()) + " save " + save(dialog.shell()).isEnabled());
            seen.add(treeLines(dialog.shell()).toString());
            screenshot(dialog.shell(), "plan-editor-refused.png");
            dialog.fill("Target date", TODAY.plusDays(30).toString());
            seen.add(refusals(dialog.shell()) + " save " + save(dialog.shell()).isEnabled());
            cancelDiscarding(dialog);
        });

        assertEquals(List.of("[Describe the problem.] save false",
                "[2027-02-30 is not a date: type it as YYYY-MM-DD, e.g. 2027-03-01.] save false",
                "[A target date cannot be before the plan takes effect (" + TODAY + "); " + TODAY.minusDays(1)
                        + " is. Move it, or set the status if it is done.] save false",
                "[Problem 1: Panic attacks when driving, Goal 1.1: Pat drives to work without panic, "
                        + "Objective 1.1.1: Drives 10 minutes with SUDS below 40, "
                        + "Intervention 1.1.1.1: Graded in-vivo exposure]",
                "[] save true"), seen);
        assertEquals(1, store.loadClient("c-0001").orElseThrow().getEpisodes().get(0).getTreatmentPlans().size(),
                "nothing was saved");
    }

    @Test
    void ctrlZTakesBackTypingAndAddedRowsAndCtrlYPutsThemBack() throws Exception {
        show("c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            dialog.fill("Statement", "Panic attacks when driving or in crowds");
            click(dialog, "Add Goal");
            seen.add(treeLines(dialog.shell()).toString());
            key(dialog.shell(), 'z', SWT.MOD1);
            seen.add(treeLines(dialog.shell()).toString());
            key(dialog.shell(), 'z', SWT.MOD1);
            seen.add(treeLines(dialog.shell()).get(0) + " | " + dialog.valueOf("Statement"));
            key(dialog.shell(), 'y', SWT.MOD1);
            seen.add(treeLines(dialog.shell()).get(0));
            dialog.press("Save");
        });

        assertEquals(List.of(
                "[Problem 1: Panic attacks when driving or in crowds, Goal 1.1: Pat drives to work without panic, "
                        + "Objective 1.1.1: Drives 10 minutes with SUDS below 40, "
                        + "Intervention 1.1.1.1: Graded in-vivo exposure, Goal 1.2: (empty)]",
                "[Problem 1: Panic attacks when driving or in crowds, Goal 1.1: Pat drives to work without panic, "
                        + "Objective 1.1.1: Drives 10 minutes with SUDS below 40, "
                        + "Intervention 1.1.1.1: Graded in-vivo exposure]",
                "Problem 1: Panic attacks when driving | Panic attacks when driving",
                "Problem 1: Panic attacks when driving or in crowds"), seen);
        assertEquals("Panic attacks when driving or in crowds", store.loadClient("c-0001").orElseThrow()
                .getEpisodes().get(0).getTreatmentPlans().get(1).getProblems().get(0).getStatement());
        assertEquals(List.of(AuditAction.CHANGE), store.auditLog().entriesFor(RecordKind.CLIENT, "c-0001").stream()
                .map(AuditEntry::action).filter(action -> action == AuditAction.CHANGE).toList(),
                "Undo inside the dialog touched nothing in the store; the one save did");
    }

    @Test
    void rowsAreAddedMovedAndRemovedAndTheDiagnosisIsOneOfTheClients() throws Exception {
        show("c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            Combo diagnosis = WidgetFinder.all(dialog.shell(), Combo.class).get(0);
            seen.add(List.of(diagnosis.getItems()) + " chosen: " + diagnosis.getText());
            choose(diagnosis, "(none)");
            choose(diagnosis, "F41.0 Panic disorder [episodic paroxysmal anxiety]");
            click(dialog, "Add Goal");
            dialog.fill("Statement", "Pat shops at the supermarket on a weekday");
            click(dialog, "Move Up");
            seen.add(treeLines(dialog.shell()).toString());
            selectRow(dialog.shell(), "Goal 1.2");
            click(dialog, "Remove");
            seen.add(treeLines(dialog.shell()).toString());
            dialog.press("Save");
        });

        assertEquals("[(none), F41.0 Panic disorder [episodic paroxysmal anxiety]] chosen: "
                + "F41.0 Panic disorder [episodic paroxysmal anxiety]", seen.get(0));
        assertEquals("[Problem 1: Panic attacks when driving, Goal 1.1: Pat shops at the supermarket on a weekday, "
                + "Goal 1.2: Pat drives to work without panic, Objective 1.2.1: Drives 10 minutes with SUDS below 40, "
                + "Intervention 1.2.1.1: Graded in-vivo exposure]", seen.get(1), "the new goal moved up");
        assertEquals("[Problem 1: Panic attacks when driving, Goal 1.1: Pat shops at the supermarket on a weekday]",
                seen.get(2), "the old goal removed with its objective and intervention");
        List<TreatmentPlan> versions = store.loadClient("c-0001").orElseThrow().getEpisodes().get(0)
                .getTreatmentPlans();
        assertEquals(List.of("F41.0", "Pat shops at the supermarket on a weekday", 1),
                List.of(versions.get(1).getProblems().get(0).getDiagnosisCode(), goal(versions.get(1)).getStatement(),
                        versions.get(1).getProblems().get(0).getGoals().size()));
        assertEquals(List.of("Pat drives to work without panic", 1),
                List.of(goal(versions.get(0)).getStatement(), goal(versions.get(0)).getObjectives().size()),
                "version 1 keeps the goal removed from version 2");
    }

    @Test
    void cancellingAChangedPlanAsksAndKeepEditingKeepsTheChanges() throws Exception {
        show("c-0001");
        List<String> seen = new ArrayList<>();
        CaseloadDialogDriver.answer("Edit Treatment Plan", EDIT_PLAN, dialog -> {
            dialog.fill("Statement", "Panic attacks at the supermarket");
            List<String> asked = DialogWatcher.answer("Discard Plan Changes", shell -> {
                seen.add(WidgetFinder.all(shell, Label.class).stream().map(Label::getText)
                        .filter(text -> text.contains("Discard")).findFirst().orElse(""));
                Clicks.press(shell, "Keep Editing");
            });
            dialog.press("Cancel");
            EventLoop.spinUntil(() -> !asked.isEmpty(), OPEN_TIMEOUT_MS, "the question about the changes");
            seen.add("open " + dialog.isOpen() + " | " + dialog.valueOf("Statement"));
            cancelDiscarding(dialog);
            seen.add("open " + dialog.isOpen());
        });

        assertEquals(List.of("The changes to Pat's treatment plan have not been saved. Discard them?",
                "open true | Panic attacks at the supermarket", "open false"), seen);
        assertEquals(1, store.loadClient("c-0001").orElseThrow().getEpisodes().get(0).getTreatmentPlans().size(),
                "nothing was saved");
    }

    private static Client admittedWithAPlan() {
        RecordFactory record = RecordFactory.eINSTANCE;
        Client client = client("c-0001", "Pat Example");
        client.setPreferredName("Pat");
        Diagnosis diagnosis = record.createDiagnosis();
        diagnosis.setId("d-1");
        diagnosis.setIcd10Code("F41.0");
        diagnosis.setDescription("Panic disorder [episodic paroxysmal anxiety]");
        diagnosis.setPrimary(true);
        client.getDiagnoses().add(diagnosis);
        EpisodeOfCare episode = record.createEpisodeOfCare();
        episode.setId("c-0001-E1");
        episode.setStartDate(ADMITTED);
        episode.setStatus(EpisodeStatus.OPEN);
        client.getEpisodes().add(episode);
        TreatmentPlan plan = record.createTreatmentPlan();
        plan.setId("c-0001-P1");
        plan.setEffectiveDate(ADMITTED);
        plan.setNextReviewDate(ADMITTED.plusDays(90));
        Problem problem = record.createProblem();
        problem.setId("c-0001-PR1");
        problem.setStatement("Panic attacks when driving");
        problem.setDiagnosisCode("F41.0");
        Goal goal = record.createGoal();
        goal.setId("c-0001-G1");
        goal.setStatement("Pat drives to work without panic");
        goal.setTargetDate(ADMITTED.plusDays(180));
        goal.setStatus(GoalStatus.ACTIVE);
        Objective objective = record.createObjective();
        objective.setId("c-0001-O1");
        objective.setStatement("Drives 10 minutes with SUDS below 40");
        objective.setMeasure("SUDS log");
        objective.setTargetDate(ADMITTED.plusDays(90));
        Intervention intervention = record.createIntervention();
        intervention.setId("c-0001-I1");
        intervention.setDescription("Graded in-vivo exposure");
        objective.getInterventions().add(intervention);
        goal.getObjectives().add(objective);
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        PlanVersions.addVersion(episode, plan);
        return client;
    }

    private static Client client(String id, String legalName) {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId(id);
        client.setLegalName(legalName);
        client.setStatus(ClientStatus.ACTIVE);
        return client;
    }

    private static ClientOverviewView show(String clientId) {
        CaseloadView view = StartedCaseload.view();
        view.selectClient(clientId);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> overview != null && clientId.equals(overview.shownClientId()), OPEN_TIMEOUT_MS,
                "the overview to show " + clientId);
        return overview;
    }

    private static void choose(Combo combo, String item) {
        int index = List.of(combo.getItems()).indexOf(item);
        assertTrue(index >= 0, item + " in " + List.of(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }

    private static void click(CaseloadDialogDriver dialog, String label) {
        Button button = WidgetFinder.button(dialog.shell(), label).orElseThrow();
        assertTrue(button.isEnabled(), label + " is enabled");
        Clicks.click(button);
    }

    /** Presses Cancel and answers the question about the changes with "Discard Changes". */
    private static void cancelDiscarding(CaseloadDialogDriver dialog) {
        DialogWatcher.answer("Discard Plan Changes", shell -> Clicks.press(shell, "Discard Changes"));
        dialog.press("Cancel");
        EventLoop.spinUntil(() -> !dialog.isOpen(), OPEN_TIMEOUT_MS, "the dialog to close");
    }

    private static void selectRow(Shell shell, String number) {
        Tree tree = WidgetFinder.all(shell, Tree.class).get(0);
        TreeItem item = items(tree).stream().filter(candidate -> candidate.getText().startsWith(number + ":"))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + number + " in " + treeLines(shell)));
        tree.setSelection(item);
        tree.notifyListeners(SWT.Selection, selectionOf(item));
        EventLoop.spin();
    }

    private static Event selectionOf(TreeItem item) {
        Event event = new Event();
        event.item = item;
        return event;
    }

    private static List<String> treeLines(Shell shell) {
        EventLoop.spin();
        return items(WidgetFinder.all(shell, Tree.class).get(0)).stream().map(TreeItem::getText).toList();
    }

    private static List<TreeItem> items(Tree tree) {
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, all);
        }
        return all;
    }

    private static void collect(TreeItem item, List<TreeItem> all) {
        all.add(item);
        for (TreeItem child : item.getItems()) {
            collect(child, all);
        }
    }

    /** Sends a key with modifiers to the control that has the focus in {@code shell}, as the keyboard would. */
    private static void key(Shell shell, char key, int modifiers) {
        var focus = shell.getDisplay().getFocusControl();
        var target = focus != null && focus.getShell() == shell ? focus
                : WidgetFinder.all(shell, Text.class).get(0);
        Event down = new Event();
        down.keyCode = key;
        down.character = (char) (key - 'a' + 1);
        down.stateMask = modifiers;
        target.notifyListeners(SWT.KeyDown, down);
        EventLoop.spin();
    }

    /** @return the messages shown under the fields, top to bottom */
    private static List<String> refusals(Shell shell) {
        EventLoop.spin();
        return WidgetFinder.all(shell, Label.class).stream().filter(Label::isVisible)
                .filter(label -> label.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)))
                .map(Label::getText).filter(text -> !text.isEmpty()).toList();
    }

    /** @return the title area's message, or its error message when there is one */
    private static String message(Shell shell) {
        return WidgetFinder.all(shell, Text.class).stream().filter(text -> (text.getStyle() & SWT.READ_ONLY) != 0)
                .map(Text::getText).filter(text -> !text.isEmpty()).findFirst().orElse("");
    }

    private static Button save(Shell shell) {
        return WidgetFinder.button(shell, "Save").orElseThrow();
    }

    private static String version(int number, LocalDate effective, String state) {
        return "Version " + number + " (effective " + day(effective) + ", " + state + ")";
    }

    private static String day(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(day);
    }

    private static Goal goal(TreatmentPlan plan) {
        return plan.getProblems().get(0).getGoals().get(0);
    }

    private static String versionLine(TreatmentPlan plan) {
        Goal goal = goal(plan);
        return plan.getVersion() + " " + plan.getStatus() + " " + goal.getStatement() + " " + goal.getStatus();
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
