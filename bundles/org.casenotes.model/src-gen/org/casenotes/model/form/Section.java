/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Section#getGuidance <em>Guidance</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends FormElement, ElementContainer {
	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Advice to the writer shown with the section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.casenotes.model.form.FormPackage#getSection_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Section#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

} // Section
