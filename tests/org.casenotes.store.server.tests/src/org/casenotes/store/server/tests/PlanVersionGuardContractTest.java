package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.PlanVersionChangeException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Old treatment-plan versions are never rewritten: a client save that changes or drops a stored version other than
 * a draft is refused with a message naming it, and nothing of the save is stored; adding a version and superseding
 * the one before is the way to change a plan.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class PlanVersionGuardContractTest {

    @Parameter
    StoreKind kind;

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void createWithAClientWhosePlanIsSaved() {
        store = kind.stores(temp).create();
        Client client = SampleRecords.client("c-1", "Theodora Quill", "Teddy");
        EpisodeOfCare episode = RECORD.createEpisodeOfCare();
        episode.setId("e-1");
        episode.setStatus(EpisodeStatus.OPEN);
        client.getEpisodes().add(episode);
        episode.getTreatmentPlans().add(plan("plan-1", 1, PlanStatus.ACTIVE, "Sleep through the night."));
        store.saveClient(client);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void changingAGoalOfTheActiveVersionIsRefusedAndNothingIsSaved() {
        Client client = stored();
        goal(version(client, 0)).setStatement("Sleep well.");
        client.setPronouns("she/her");

        PlanVersionChangeException refused = assertThrows(PlanVersionChangeException.class,
                () -> store.saveClient(client));

        assertEquals("Treatment plan version 1 (plan-1) of client c-1 is active: its content cannot change. Save "
                + "the change as a new version.", refused.getMessage());
        assertEquals("Sleep through the night.", goal(version(stored(), 0)).getStatement());
        assertEquals(null, stored().getPronouns());
    }

    @Test
    void addingAVersionAndSupersedingTheOldOneIsSavedAndTheOldOneStaysReadable() {
        Client client = stored();
        version(client, 0).setStatus(PlanStatus.SUPERSEDED);
        client.getEpisodes().get(0).getTreatmentPlans().add(plan("plan-2", 2, PlanStatus.ACTIVE, "Sleep well."));

        store.saveClient(client);

        Client saved = stored();
        assertEquals(List.of("1 SUPERSEDED Sleep through the night.", "2 ACTIVE Sleep well."),
                saved.getEpisodes().get(0).getTreatmentPlans().stream()
                        .map(plan -> plan.getVersion() + " " + plan.getStatus() + " " + goal(plan).getStatement())
                        .toList());
    }

    @Test
    void aSupersededVersionCannotChangeNorBecomeActiveAgain() {
        Client client = stored();
        version(client, 0).setStatus(PlanStatus.SUPERSEDED);
        client.getEpisodes().get(0).getTreatmentPlans().add(plan("plan-2", 2, PlanStatus.ACTIVE, "Sleep well."));
        store.saveClient(client);

        Client reactivated = stored();
        version(reactivated, 0).setStatus(PlanStatus.ACTIVE);
        assertEquals("Treatment plan version 1 (plan-1) of client c-1 is superseded and cannot become active; only "
                + "an active version can become superseded.",
                assertThrows(PlanVersionChangeException.class, () -> store.saveClient(reactivated)).getMessage());

        Client rewritten = stored();
        version(rewritten, 0).setNextReviewDate(LocalDate.of(2027, 1, 10));
        assertThrows(PlanVersionChangeException.class, () -> store.saveClient(rewritten));

        Client backToDraft = stored();
        version(backToDraft, 1).setStatus(PlanStatus.DRAFT);
        assertThrows(PlanVersionChangeException.class, () -> store.saveClient(backToDraft));
    }

    @Test
    void removingAVersionOrItsEpisodeIsRefused() {
        Client withoutPlan = stored();
        withoutPlan.getEpisodes().get(0).getTreatmentPlans().clear();
        assertEquals("Treatment plan version 1 (plan-1) of client c-1 cannot be removed: plan versions are kept as "
                + "they were. Save a new version instead.",
                assertThrows(PlanVersionChangeException.class, () -> store.saveClient(withoutPlan)).getMessage());

        Client withoutEpisode = stored();
        withoutEpisode.getEpisodes().clear();
        assertThrows(PlanVersionChangeException.class, () -> store.saveClient(withoutEpisode));
        assertEquals(1, stored().getEpisodes().get(0).getTreatmentPlans().size());
    }

    @Test
    void aVersionCannotMoveToAnotherEpisode() {
        Client client = stored();
        EpisodeOfCare other = RECORD.createEpisodeOfCare();
        other.setId("e-2");
        other.setStatus(EpisodeStatus.OPEN);
        client.getEpisodes().add(other);
        other.getTreatmentPlans().add(version(client, 0));

        assertThrows(PlanVersionChangeException.class, () -> store.saveClient(client));
    }

    @Test
    void aDraftPlanMayChangeAndBeRemoved() {
        Client client = stored();
        client.getEpisodes().get(0).getTreatmentPlans().add(plan("plan-draft", 0, PlanStatus.DRAFT, "First try."));
        store.saveClient(client);

        Client edited = stored();
        goal(version(edited, 1)).setStatement("Second try.");
        store.saveClient(edited);
        assertEquals("Second try.", goal(version(stored(), 1)).getStatement());

        Client removed = stored();
        removed.getEpisodes().get(0).getTreatmentPlans().remove(1);
        store.saveClient(removed);
        assertEquals(1, stored().getEpisodes().get(0).getTreatmentPlans().size());
    }

    @Test
    void aSignatureThatWouldRewriteAVersionIsRefusedWithItsNote() {
        Client client = stored();
        goal(version(client, 0)).setStatus(GoalStatus.MET);
        Note note = SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Review."));

        assertThrows(PlanVersionChangeException.class, () -> store.saveNoteWithClient(note, client));

        assertTrue(store.loadNote("n-1").isEmpty(), "neither the note nor the client is saved");
        assertEquals(GoalStatus.ACTIVE, goal(version(stored(), 0)).getStatus());
    }

    @Test
    void savingTheClientUnchangedIsAllowed() {
        Client client = stored();
        client.setPronouns("she/her");

        store.saveClient(EcoreUtil.copy(client));

        assertEquals("she/her", stored().getPronouns());
    }

    private Client stored() {
        return store.loadClient("c-1").orElseThrow();
    }

    private static TreatmentPlan version(Client client, int index) {
        return client.getEpisodes().get(0).getTreatmentPlans().get(index);
    }

    private static Goal goal(TreatmentPlan plan) {
        return plan.getProblems().get(0).getGoals().get(0);
    }

    private static TreatmentPlan plan(String id, int version, PlanStatus status, String goalStatement) {
        TreatmentPlan plan = RECORD.createTreatmentPlan();
        plan.setId(id);
        plan.setVersion(version);
        plan.setStatus(status);
        plan.setEffectiveDate(LocalDate.of(2026, 1, 5));
        plan.setNextReviewDate(LocalDate.of(2026, 4, 5));
        Problem problem = RECORD.createProblem();
        problem.setId(id + "-problem");
        problem.setStatement("Worry keeps the client awake.");
        Goal goal = RECORD.createGoal();
        goal.setId("goal-1");
        goal.setStatement(goalStatement);
        goal.setStatus(GoalStatus.ACTIVE);
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        return plan;
    }
}
