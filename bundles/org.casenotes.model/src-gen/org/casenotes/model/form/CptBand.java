/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cpt Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.CptBand#getCode <em>Code</em>}</li>
 *   <li>{@link org.casenotes.model.form.CptBand#getMinMinutes <em>Min Minutes</em>}</li>
 *   <li>{@link org.casenotes.model.form.CptBand#getMaxMinutes <em>Max Minutes</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getCptBand()
 * @model
 * @generated
 */
public interface CptBand extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.casenotes.model.form.FormPackage#getCptBand_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.CptBand#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Min Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Minutes</em>' attribute.
	 * @see #setMinMinutes(int)
	 * @see org.casenotes.model.form.FormPackage#getCptBand_MinMinutes()
	 * @model
	 * @generated
	 */
	int getMinMinutes();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.CptBand#getMinMinutes <em>Min Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Minutes</em>' attribute.
	 * @see #getMinMinutes()
	 * @generated
	 */
	void setMinMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Max Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inclusive upper bound, or null for open-ended (e.g. 53+ minutes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Minutes</em>' attribute.
	 * @see #setMaxMinutes(Integer)
	 * @see org.casenotes.model.form.FormPackage#getCptBand_MaxMinutes()
	 * @model
	 * @generated
	 */
	Integer getMaxMinutes();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.CptBand#getMaxMinutes <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Minutes</em>' attribute.
	 * @see #getMaxMinutes()
	 * @generated
	 */
	void setMaxMinutes(Integer value);

} // CptBand
