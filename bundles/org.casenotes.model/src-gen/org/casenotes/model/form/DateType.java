/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getDateType()
 * @model
 * @generated
 */
public interface DateType extends FieldType {
} // DateType
