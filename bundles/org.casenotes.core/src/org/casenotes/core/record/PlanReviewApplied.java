package org.casenotes.core.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.measures.SignedNoteMeasures;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The plan version a signed plan-review note makes from the plan it reviewed, read by the field ids of the
 * standard template {@code std.plan.PlanReview} (so an agency template extending it does the same). The new
 * version is a copy of the reviewed one: problems, goals, objectives and interventions keep their ids, so progress
 * notes that named a goal still name it. Then:
 * <table>
 * <caption>Note fields and what they change in the copy</caption>
 * <tr><th>field</th><th>changes</th></tr>
 * <tr><td>{@code reviewDate}</td><td>the effective date (else the note's date of service)</td></tr>
 * <tr><td>{@code goalReviews} rows: {@code goal}, {@code status}</td><td>the status of the goal (or objective) the
 * row names: {@code met} met, {@code partlyMet} partially met, {@code notMet} not met, {@code dropped}
 * discontinued, {@code revised} active again with the statement replaced by the row's {@code revision} text (kept
 * when the revision is empty); other options leave the status as it was</td></tr>
 * <tr><td>{@code nextReview}</td><td>the next review date; none when {@code continuedNeed} is no (discharge is
 * planned) or the field is empty</td></tr>
 * </table>
 * Goals no row names keep their status. A row naming a goal that is not in the reviewed plan changes nothing. A
 * form without the group {@code goalReviews} and its fields {@code goal} (a goal reference) and {@code status} (a
 * choice) makes no version ({@link #missingFields}).
 */
public final class PlanReviewApplied {

    public static final String REVIEW_DATE = "reviewDate";
    public static final String GOAL_REVIEWS = "goalReviews";
    public static final String GOAL = "goal";
    public static final String STATUS = "status";
    public static final String REVISION = "revision";
    public static final String NEXT_REVIEW = "nextReview";
    public static final String CONTINUED_NEED = "continuedNeed";
    /** The status option whose row replaces the goal's statement with its {@link #REVISION}. */
    public static final String REVISED = "revised";

    private static final Map<String, GoalStatus> STATUSES = Map.of("met", GoalStatus.MET, "partlyMet",
            GoalStatus.PARTIALLY_MET, "notMet", GoalStatus.NOT_MET, "dropped", GoalStatus.DISCONTINUED, REVISED,
            GoalStatus.ACTIVE);
    private static final List<PlanFieldNeed> NEEDS = List.of(
            PlanFieldNeed.group(GOAL_REVIEWS, "a repeatable group, one row per goal reviewed"),
            PlanFieldNeed.field(GOAL_REVIEWS, GOAL, GoalReferenceType.class, "the goal reviewed, picked from the plan"),
            PlanFieldNeed.field(GOAL_REVIEWS, STATUS, ChoiceType.class,
                    "met, partlyMet, notMet, revised or dropped"));

    private final Supplier<String> ids;

    /** @param ids source of the new version's id */
    public PlanReviewApplied(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @return the fields a plan-review form needs to update a plan and {@code form} lacks, each as
     *         "goalReviews.status (met, partlyMet, notMet, revised or dropped)"; empty if it has them all
     */
    public static List<String> missingFields(FormDefinition form) {
        return PlanFieldNeed.unmet(form, NEEDS);
    }

    /**
     * @param reviewed the plan version the note reviewed (not changed)
     * @param note     the signed plan-review note
     * @param form     the form it was written on
     * @return the next version, a draft in no episode; empty when the form lacks the fields
     */
    public Optional<TreatmentPlan> of(TreatmentPlan reviewed, Note note, FormDefinition form) {
        if (!missingFields(form).isEmpty()) {
            return Optional.empty();
        }
        ValueScope scope = ValueScope.of(note);
        TreatmentPlan next = EcoreUtil.copy(reviewed);
        next.setId(ids.get());
        next.setVersion(0);
        next.setStatus(PlanStatus.DRAFT);
        next.setAuthorId(note.getAuthorId());
        next.setNoteId(note.getId());
        next.setEffectiveDate(RecordedValues.date(scope, REVIEW_DATE)
                .orElseGet(() -> SignedNoteMeasures.dateOfService(note)));
        boolean continued = RecordedValues.yesNo(scope, CONTINUED_NEED).orElse(true);
        next.setNextReviewDate(continued ? RecordedValues.date(scope, NEXT_REVIEW).orElse(null) : null);
        for (ValueScope row : RecordedValues.rows(note, GOAL_REVIEWS)) {
            List<String> chosen = RecordedValues.chosen(row, STATUS);
            GoalStatus status = chosen.isEmpty() ? null : STATUSES.get(chosen.get(0));
            if (status == null) {
                continue;
            }
            Optional<String> revision = REVISED.equals(chosen.get(0)) ? RecordedValues.text(row, REVISION)
                    : Optional.empty();
            for (String id : RecordedValues.planElements(row, GOAL)) {
                review(next, id, status, revision);
            }
        }
        return Optional.of(next);
    }

    private static void review(TreatmentPlan plan, String elementId, GoalStatus status, Optional<String> revision) {
        for (Problem problem : plan.getProblems()) {
            for (Goal goal : problem.getGoals()) {
                if (elementId.equals(goal.getId())) {
                    goal.setStatus(status);
                    revision.ifPresent(goal::setStatement);
                    return;
                }
                for (Objective objective : goal.getObjectives()) {
                    if (elementId.equals(objective.getId())) {
                        objective.setStatus(status);
                        revision.ifPresent(objective::setStatement);
                        return;
                    }
                }
            }
        }
    }
}
