package org.casenotes.ui.record;

import java.util.Optional;

import org.casenotes.core.record.PlanDrafts;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;

/**
 * The rows of the plan draft that the buttons beside the tree add, remove and move, each as one undoable change. A
 * goal is added to the problem selected or the problem of the selected row, an objective to the goal, an
 * intervention to the objective; new goals and objectives start active, new interventions are the author's.
 */
final class PlanRows {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private final PlanEditing editing;

    PlanRows(PlanEditing editing) {
        this.editing = editing;
    }

    Problem addProblem() {
        Problem problem = RECORD.createProblem();
        problem.setId(PlanDrafts.newId());
        return add("Add Problem", editing.draft().getProblems(), problem);
    }

    Optional<Goal> addGoal(EObject selected) {
        return enclosing(selected, Problem.class).map(problem -> {
            Goal goal = RECORD.createGoal();
            goal.setId(PlanDrafts.newId());
            goal.setStatus(GoalStatus.ACTIVE);
            return add("Add Goal", problem.getGoals(), goal);
        });
    }

    Optional<Objective> addObjective(EObject selected) {
        return enclosing(selected, Goal.class).map(goal -> {
            Objective objective = RECORD.createObjective();
            objective.setId(PlanDrafts.newId());
            objective.setStatus(GoalStatus.ACTIVE);
            return add("Add Objective", goal.getObjectives(), objective);
        });
    }

    Optional<Intervention> addIntervention(EObject selected) {
        return enclosing(selected, Objective.class).map(objective -> {
            Intervention intervention = RECORD.createIntervention();
            intervention.setId(PlanDrafts.newId());
            intervention.setResponsibleClinicianId(editing.draft().getAuthorId());
            return add("Add Intervention", objective.getInterventions(), intervention);
        });
    }

    private <T extends EObject> T add(String label, EList<T> rows, T row) {
        editing.change(label, () -> rows.add(row));
        return row;
    }

    /**
     * Removes {@code row} with everything under it.
     *
     * @return the row to select now: the next sibling, else the one before, else the row it belonged to
     */
    EObject remove(EObject row) {
        EList<?> siblings = siblings(row);
        int index = siblings.indexOf(row);
        EObject next = index + 1 < siblings.size() ? (EObject) siblings.get(index + 1)
                : index > 0 ? (EObject) siblings.get(index - 1) : row.eContainer();
        editing.change("Remove " + PlanOutline.number(row), () -> siblings.remove(row));
        return next;
    }

    /** @return whether {@code row} is one that can be moved {@code by} places among its siblings */
    static boolean canMove(EObject row, int by) {
        if (!isRow(row)) {
            return false;
        }
        int to = siblings(row).indexOf(row) + by;
        return to >= 0 && to < siblings(row).size();
    }

    /** Moves {@code row} {@code by} places among its siblings (up is negative), if it can be. */
    void move(EObject row, int by) {
        if (canMove(row, by)) {
            EList<?> siblings = siblings(row);
            int from = siblings.indexOf(row);
            editing.change("Move " + PlanOutline.number(row), () -> siblings.move(from + by, from));
        }
    }

    /** @return whether {@code element} is a row of the tree (not nothing, nor the plan itself) */
    static boolean isRow(EObject element) {
        return element != null && !(element instanceof TreatmentPlan) && element.eContainer() != null;
    }

    /** @return {@code selected} if it is a {@code kind}, else the row of that kind it belongs to */
    static <T> Optional<T> enclosing(EObject selected, Class<T> kind) {
        for (EObject at = selected; at != null; at = at.eContainer()) {
            if (kind.isInstance(at)) {
                return Optional.of(kind.cast(at));
            }
        }
        return Optional.empty();
    }

    private static EList<?> siblings(EObject row) {
        return (EList<?>) row.eContainer().eGet(row.eContainmentFeature());
    }
}
