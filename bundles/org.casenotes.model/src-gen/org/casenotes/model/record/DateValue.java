/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.DateValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getDateValue()
 * @model
 * @generated
 */
public interface DateValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getDateValue_Value()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getValue();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.DateValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(LocalDate value);

} // DateValue
