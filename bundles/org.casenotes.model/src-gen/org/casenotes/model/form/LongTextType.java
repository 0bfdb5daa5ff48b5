/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Long Text Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Narrative text, several lines.
 * <!-- end-model-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getLongTextType()
 * @model
 * @generated
 */
public interface LongTextType extends TextType {
} // LongTextType
