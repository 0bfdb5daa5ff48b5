/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Time Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getDateTimeType()
 * @model
 * @generated
 */
public interface DateTimeType extends FieldType {
} // DateTimeType
