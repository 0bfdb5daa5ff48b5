/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal Reference Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.GoalReferenceValue#getPlanElementIds <em>Plan Element Ids</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getGoalReferenceValue()
 * @model
 * @generated
 */
public interface GoalReferenceValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Plan Element Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ids of the treatment-plan goals or objectives referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Element Ids</em>' attribute list.
	 * @see org.casenotes.model.record.RecordPackage#getGoalReferenceValue_PlanElementIds()
	 * @model
	 * @generated
	 */
	EList<String> getPlanElementIds();

} // GoalReferenceValue
