package org.casenotes.ui.record;

import java.util.Set;

import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The treatment plan draft as the tree on the left of the Edit Treatment Plan dialog: problems, their goals, each
 * goal's objectives and each objective's interventions, numbered as a reviewer would cite them ("Goal 1.2").
 */
final class PlanOutline implements ITreeContentProvider {

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
        return element instanceof EObject child && !(child.eContainer() instanceof TreatmentPlan)
                ? child.eContainer()
                : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return getChildren(element).length > 0;
    }

    /** @return "Problem 1", "Goal 1.2", "Objective 1.2.1", "Intervention 1.2.1.1" */
    static String number(EObject element) {
        String kind = element.eClass().getName();
        StringBuilder number = new StringBuilder();
        for (EObject at = element; !(at instanceof TreatmentPlan) && at.eContainer() != null; at = at.eContainer()) {
            int position = ((java.util.List<?>) at.eContainer().eGet(at.eContainmentFeature())).indexOf(at) + 1;
            number.insert(0, number.isEmpty() ? String.valueOf(position) : position + ".");
        }
        return kind + " " + number;
    }

    /** Labels: the number and the statement, with an error mark on elements that keep the plan from being saved. */
    static final class Labels extends LabelProvider {

        private Set<EObject> wrong = Set.of();

        void wrong(Set<EObject> elements) {
            wrong = elements;
        }

        @Override
        public String getText(Object element) {
            String text = switch (element) {
            case Problem problem -> problem.getStatement();
            case Goal goal -> goal.getStatement();
            case Objective objective -> objective.getStatement();
            case Intervention intervention -> intervention.getDescription();
            default -> null;
            };
            String line = text == null || text.isBlank() ? "(empty)" : text.strip().replaceAll("\\s+", " ");
            return number((EObject) element) + ": " + line;
        }

        @Override
        public Image getImage(Object element) {
            return wrong.contains(element)
                    ? PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK)
                    : null;
        }
    }
}
