/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calculated Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A read-only value computed from other values, e.g. a total score, a severity band, a suggested CPT code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.CalculatedValue#getCalculation <em>Calculation</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getCalculatedValue()
 * @model
 * @generated
 */
public interface CalculatedValue extends FormElement, ValueElement {
	/**
	 * Returns the value of the '<em><b>Calculation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Calculation</em>' containment reference.
	 * @see #setCalculation(Calculation)
	 * @see org.casenotes.model.form.FormPackage#getCalculatedValue_Calculation()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Calculation getCalculation();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.CalculatedValue#getCalculation <em>Calculation</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Calculation</em>' containment reference.
	 * @see #getCalculation()
	 * @generated
	 */
	void setCalculation(Calculation value);

} // CalculatedValue
