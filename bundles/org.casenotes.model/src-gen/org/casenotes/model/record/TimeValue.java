/**
 */
package org.casenotes.model.record;

import java.time.LocalTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Time Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.TimeValue#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getTimeValue()
 * @model
 * @generated
 */
public interface TimeValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(LocalTime)
	 * @see org.casenotes.model.record.RecordPackage#getTimeValue_Value()
	 * @model dataType="org.casenotes.model.record.LocalTime"
	 * @generated
	 */
	LocalTime getValue();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TimeValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(LocalTime value);

} // TimeValue
