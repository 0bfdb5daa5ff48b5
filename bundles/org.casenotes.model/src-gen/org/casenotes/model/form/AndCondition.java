/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>And Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.AndCondition#getOperands <em>Operands</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getAndCondition()
 * @model
 * @generated
 */
public interface AndCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Operands</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operands</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getAndCondition_Operands()
	 * @model containment="true" lower="2"
	 * @generated
	 */
	EList<Condition> getOperands();

} // AndCondition
