package org.casenotes.core.record;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Something that keeps a treatment plan from being saved, at the element and field where it is wrong, so that an
 * editor can say it right at that field.
 *
 * @param element the plan, problem, goal, objective or intervention
 * @param field   the attribute that is wrong, or {@code null} when the element as a whole is (a plan without problems)
 * @param message what is wrong and what to do, in a sentence
 */
public record PlanFinding(EObject element, EStructuralFeature field, String message) {
}
