/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpt Suggestion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Suggests the CPT code whose minute band contains the given minutes, e.g. 16-37 90832.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.CptSuggestion#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.casenotes.model.form.CptSuggestion#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getCptSuggestion()
 * @model
 * @generated
 */
public interface CptSuggestion extends Calculation {
	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' containment reference.
	 * @see #setMinutes(Expression)
	 * @see org.casenotes.model.form.FormPackage#getCptSuggestion_Minutes()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Expression getMinutes();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.CptSuggestion#getMinutes <em>Minutes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' containment reference.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(Expression value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.CptBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getCptSuggestion_Bands()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<CptBand> getBands();

} // CptSuggestion
