/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Duration Minutes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Whole minutes from a start time field to a stop time field.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.DurationMinutes#getStart <em>Start</em>}</li>
 *   <li>{@link org.casenotes.model.form.DurationMinutes#getStop <em>Stop</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getDurationMinutes()
 * @model
 * @generated
 */
public interface DurationMinutes extends Calculation {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' reference.
	 * @see #setStart(Field)
	 * @see org.casenotes.model.form.FormPackage#getDurationMinutes_Start()
	 * @model required="true"
	 * @generated
	 */
	Field getStart();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.DurationMinutes#getStart <em>Start</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' reference.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Field value);

	/**
	 * Returns the value of the '<em><b>Stop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop</em>' reference.
	 * @see #setStop(Field)
	 * @see org.casenotes.model.form.FormPackage#getDurationMinutes_Stop()
	 * @model required="true"
	 * @generated
	 */
	Field getStop();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.DurationMinutes#getStop <em>Stop</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop</em>' reference.
	 * @see #getStop()
	 * @generated
	 */
	void setStop(Field value);

} // DurationMinutes
