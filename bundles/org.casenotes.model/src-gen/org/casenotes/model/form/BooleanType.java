/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boolean Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getBooleanType()
 * @model
 * @generated
 */
public interface BooleanType extends FieldType {
} // BooleanType
