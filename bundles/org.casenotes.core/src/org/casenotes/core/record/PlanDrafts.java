package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The plan a clinician edits before it becomes a version ({@link PlanVersions#addVersion}): a copy of the current
 * version, so the version in the record is never touched while it is edited, or a new plan with one empty problem.
 * A draft has an id of its own (each version is a record of its own) and keeps the ids of its problems, goals,
 * objectives and interventions, so that notes which name a goal still find it in the next version.
 */
public final class PlanDrafts {

    /** How long a new plan runs before its first review, unless the clinician says otherwise. */
    public static final int REVIEW_DAYS = 90;

    private PlanDrafts() {
    }

    /**
     * @param current   the version in effect, left as it is
     * @param effective the day the new version takes effect
     * @param authorId  the clinician who writes it
     * @return an unnumbered draft copy of {@code current}, effective on {@code effective}
     */
    public static TreatmentPlan revisionOf(TreatmentPlan current, LocalDate effective, String authorId) {
        Objects.requireNonNull(current, "current");
        TreatmentPlan draft = EcoreUtil.copy(current);
        draft.setId(newId());
        draft.setVersion(0);
        draft.setStatus(PlanStatus.DRAFT);
        draft.setEffectiveDate(effective);
        draft.setAuthorId(authorId);
        return draft;
    }

    /** @return a draft first plan with one empty problem, reviewed {@value #REVIEW_DAYS} days after it starts */
    public static TreatmentPlan first(LocalDate effective, String authorId) {
        TreatmentPlan draft = RecordFactory.eINSTANCE.createTreatmentPlan();
        draft.setId(newId());
        draft.setStatus(PlanStatus.DRAFT);
        draft.setEffectiveDate(effective);
        draft.setNextReviewDate(effective.plusDays(REVIEW_DAYS));
        draft.setAuthorId(authorId);
        Problem problem = RecordFactory.eINSTANCE.createProblem();
        problem.setId(newId());
        draft.getProblems().add(problem);
        return draft;
    }

    /** @return an id for a new plan or plan element, unique without asking anyone */
    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
