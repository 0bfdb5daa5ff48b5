/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value of a field or calculated value. A choice option contributes its score where a number is needed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.ElementValue#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getElementValue()
 * @model
 * @generated
 */
public interface ElementValue extends Expression {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element</em>' reference.
	 * @see #setElement(ValueElement)
	 * @see org.casenotes.model.form.FormPackage#getElementValue_Element()
	 * @model required="true"
	 * @generated
	 */
	ValueElement getElement();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.ElementValue#getElement <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' reference.
	 * @see #getElement()
	 * @generated
	 */
	void setElement(ValueElement value);

} // ElementValue
