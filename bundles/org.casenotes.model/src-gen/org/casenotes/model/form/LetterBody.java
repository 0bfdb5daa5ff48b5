/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Letter Body</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.LetterBody#getText <em>Text</em>}</li>
 *   <li>{@link org.casenotes.model.form.LetterBody#getInputs <em>Inputs</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getLetterBody()
 * @model
 * @generated
 */
public interface LetterBody extends EObject {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Plain text with {placeholders}: client.*, clinician.*, agency.*, dates, and the ids of the declared inputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.casenotes.model.form.FormPackage#getLetterBody_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.LetterBody#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.MergeInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getLetterBody_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeInput> getInputs();

} // LetterBody
