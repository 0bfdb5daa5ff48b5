/**
 */
package org.casenotes.model.record;

import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Date Time Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.DateTimeValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getDateTimeValue()
 * @model
 * @generated
 */
public interface DateTimeValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(LocalDateTime)
	 * @see org.casenotes.model.record.RecordPackage#getDateTimeValue_Value()
	 * @model dataType="org.casenotes.model.record.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getValue();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.DateTimeValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(LocalDateTime value);

} // DateTimeValue
