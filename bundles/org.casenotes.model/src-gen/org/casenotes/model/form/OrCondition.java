/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Or Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.OrCondition#getOperands <em>Operands</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getOrCondition()
 * @model
 * @generated
 */
public interface OrCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Operands</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operands</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getOrCondition_Operands()
	 * @model containment="true" lower="2"
	 * @generated
	 */
	EList<Condition> getOperands();

} // OrCondition
