/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.SignatureBlock#getAttestation <em>Attestation</em>}</li>
 *   <li>{@link org.casenotes.model.form.SignatureBlock#isCredentialsRequired <em>Credentials Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.SignatureBlock#isCosignatureRequired <em>Cosignature Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.SignatureBlock#getCosignatureWhen <em>Cosignature When</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getSignatureBlock()
 * @model
 * @generated
 */
public interface SignatureBlock extends FormElement {
	/**
	 * Returns the value of the '<em><b>Attestation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Statement the signer affirms, shown above the signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attestation</em>' attribute.
	 * @see #setAttestation(String)
	 * @see org.casenotes.model.form.FormPackage#getSignatureBlock_Attestation()
	 * @model
	 * @generated
	 */
	String getAttestation();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SignatureBlock#getAttestation <em>Attestation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attestation</em>' attribute.
	 * @see #getAttestation()
	 * @generated
	 */
	void setAttestation(String value);

	/**
	 * Returns the value of the '<em><b>Credentials Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credentials Required</em>' attribute.
	 * @see #setCredentialsRequired(boolean)
	 * @see org.casenotes.model.form.FormPackage#getSignatureBlock_CredentialsRequired()
	 * @model default="true"
	 * @generated
	 */
	boolean isCredentialsRequired();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SignatureBlock#isCredentialsRequired <em>Credentials Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials Required</em>' attribute.
	 * @see #isCredentialsRequired()
	 * @generated
	 */
	void setCredentialsRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Cosignature Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A supervisor must co-sign after the author signs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cosignature Required</em>' attribute.
	 * @see #setCosignatureRequired(boolean)
	 * @see org.casenotes.model.form.FormPackage#getSignatureBlock_CosignatureRequired()
	 * @model
	 * @generated
	 */
	boolean isCosignatureRequired();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SignatureBlock#isCosignatureRequired <em>Cosignature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cosignature Required</em>' attribute.
	 * @see #isCosignatureRequired()
	 * @generated
	 */
	void setCosignatureRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Cosignature When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, a co-signature is required while the condition holds (e.g. the author practises under supervision).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cosignature When</em>' containment reference.
	 * @see #setCosignatureWhen(Condition)
	 * @see org.casenotes.model.form.FormPackage#getSignatureBlock_CosignatureWhen()
	 * @model containment="true"
	 * @generated
	 */
	Condition getCosignatureWhen();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SignatureBlock#getCosignatureWhen <em>Cosignature When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cosignature When</em>' containment reference.
	 * @see #getCosignatureWhen()
	 * @generated
	 */
	void setCosignatureWhen(Condition value);

} // SignatureBlock
