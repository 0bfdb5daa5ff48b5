package org.casenotes.ui.caseload;

import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;

/** A treatment plan as a tree: problems, their goals, each goal's measurable objectives and their interventions. */
final class PlanContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof TreatmentPlan plan ? plan.getProblems().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
        case Problem problem -> problem.getGoals().toArray();
        case Goal goal -> goal.getObjectives().toArray();
        case Objective objective -> objective.getInterventions().toArray();
        default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    /** Labels of plan elements, with what makes an objective measurable. */
    static final class Labels extends LabelProvider {
        @Override
        public String getText(Object element) {
            return switch (element) {
            case Problem problem -> "Problem: " + problem.getStatement()
                    + (problem.getDiagnosisCode() == null ? "" : " [" + problem.getDiagnosisCode() + "]");
            case Goal goal -> "Goal: " + goal.getStatement() + " (target "
                    + org.casenotes.ui.caseload.Labels.day(goal.getTargetDate()) + ") · "
                    + org.casenotes.ui.caseload.Labels.goalStatus(goal.getStatus());
            case Objective objective -> "Objective: " + objective.getStatement()
                    + (objective.getMeasure() == null ? "" : " · measured by " + objective.getMeasure()) + " · target "
                    + org.casenotes.ui.caseload.Labels.day(objective.getTargetDate()) + " · "
                    + org.casenotes.ui.caseload.Labels.goalStatus(objective.getStatus());
            case Intervention intervention -> "Intervention: " + intervention.getDescription()
                    + (intervention.getFrequency() == null || intervention.getFrequency().isBlank() ? ""
                            : " · " + intervention.getFrequency());
            default -> String.valueOf(element);
            };
        }
    }
}
