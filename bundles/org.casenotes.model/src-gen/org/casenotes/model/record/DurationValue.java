/**
 */
package org.casenotes.model.record;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duration Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.DurationValue#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getDurationValue()
 * @model
 * @generated
 */
public interface DurationValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(int)
	 * @see org.casenotes.model.record.RecordPackage#getDurationValue_Minutes()
	 * @model
	 * @generated
	 */
	int getMinutes();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.DurationValue#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(int value);

} // DurationValue
