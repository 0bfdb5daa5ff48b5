/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calculation</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getCalculation()
 * @model abstract="true"
 * @generated
 */
public interface Calculation extends Expression {
} // Calculation
