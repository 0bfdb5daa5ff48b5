/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Literal</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getLiteral()
 * @model abstract="true"
 * @generated
 */
public interface Literal extends Expression {
} // Literal
