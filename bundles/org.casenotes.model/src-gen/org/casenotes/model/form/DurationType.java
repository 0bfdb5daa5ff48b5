/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duration Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A length of time, entered and stored in whole minutes.
 * <!-- end-model-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getDurationType()
 * @model
 * @generated
 */
public interface DurationType extends FieldType {
} // DurationType
