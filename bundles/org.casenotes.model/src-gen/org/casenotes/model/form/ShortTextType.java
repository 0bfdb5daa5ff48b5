/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Short Text Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getShortTextType()
 * @model
 * @generated
 */
public interface ShortTextType extends TextType {
} // ShortTextType
