/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal Reference Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference to goals or objectives of the client's current treatment plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.GoalReferenceType#isMultiple <em>Multiple</em>}</li>
 *   <li>{@link org.casenotes.model.form.GoalReferenceType#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getGoalReferenceType()
 * @model
 * @generated
 */
public interface GoalReferenceType extends FieldType {
	/**
	 * Returns the value of the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiple</em>' attribute.
	 * @see #setMultiple(boolean)
	 * @see org.casenotes.model.form.FormPackage#getGoalReferenceType_Multiple()
	 * @model
	 * @generated
	 */
	boolean isMultiple();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.GoalReferenceType#isMultiple <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple</em>' attribute.
	 * @see #isMultiple()
	 * @generated
	 */
	void setMultiple(boolean value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.form.PlanElementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see org.casenotes.model.form.PlanElementKind
	 * @see #setTarget(PlanElementKind)
	 * @see org.casenotes.model.form.FormPackage#getGoalReferenceType_Target()
	 * @model
	 * @generated
	 */
	PlanElementKind getTarget();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.GoalReferenceType#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see org.casenotes.model.form.PlanElementKind
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(PlanElementKind value);

} // GoalReferenceType
