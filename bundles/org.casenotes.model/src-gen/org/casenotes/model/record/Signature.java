/**
 */
package org.casenotes.model.record;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Signature#getSignerId <em>Signer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Signature#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Signature#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.casenotes.model.record.Signature#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.record.Signature#getContentHash <em>Content Hash</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getSignature()
 * @model
 * @generated
 */
public interface Signature extends EObject {
	/**
	 * Returns the value of the '<em><b>Signer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Id</em>' attribute.
	 * @see #setSignerId(String)
	 * @see org.casenotes.model.record.RecordPackage#getSignature_SignerId()
	 * @model
	 * @generated
	 */
	String getSignerId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Signature#getSignerId <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Id</em>' attribute.
	 * @see #getSignerId()
	 * @generated
	 */
	void setSignerId(String value);

	/**
	 * Returns the value of the '<em><b>Signer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signer Name</em>' attribute.
	 * @see #setSignerName(String)
	 * @see org.casenotes.model.record.RecordPackage#getSignature_SignerName()
	 * @model
	 * @generated
	 */
	String getSignerName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Signature#getSignerName <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signer Name</em>' attribute.
	 * @see #getSignerName()
	 * @generated
	 */
	void setSignerName(String value);

	/**
	 * Returns the value of the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Credentials</em>' attribute.
	 * @see #setCredentials(String)
	 * @see org.casenotes.model.record.RecordPackage#getSignature_Credentials()
	 * @model
	 * @generated
	 */
	String getCredentials();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Signature#getCredentials <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials</em>' attribute.
	 * @see #getCredentials()
	 * @generated
	 */
	void setCredentials(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.casenotes.model.record.RecordPackage#getSignature_SignedAt()
	 * @model dataType="org.casenotes.model.record.Instant"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Signature#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lower-case hex SHA-256 of the canonical content at signing time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.casenotes.model.record.RecordPackage#getSignature_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Signature#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

} // Signature
