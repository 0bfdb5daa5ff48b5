/**
 */
package org.casenotes.model.record.impl;

import java.time.Instant;

import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.Signature;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.SignatureImpl#getSignerId <em>Signer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SignatureImpl#getSignerName <em>Signer Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SignatureImpl#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SignatureImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SignatureImpl#getContentHash <em>Content Hash</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureImpl extends EObjectImpl implements Signature {
	/**
	 * The default value of the '{@link #getSignerId() <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerId()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerId() <em>Signer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerId()
	 * @generated
	 * @ordered
	 */
	protected String signerId = SIGNER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignerName() <em>Signer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignerName()
	 * @generated
	 * @ordered
	 */
	protected String signerName = SIGNER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentials() <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentials()
	 * @generated
	 * @ordered
	 */
	protected String credentials = CREDENTIALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedAt = SIGNED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.SIGNATURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerId() {
		return signerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerId(String newSignerId) {
		String oldSignerId = signerId;
		signerId = newSignerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SIGNATURE__SIGNER_ID, oldSignerId, signerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignerName() {
		return signerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignerName(String newSignerName) {
		String oldSignerName = signerName;
		signerName = newSignerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SIGNATURE__SIGNER_NAME, oldSignerName, signerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentials() {
		return credentials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentials(String newCredentials) {
		String oldCredentials = credentials;
		credentials = newCredentials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SIGNATURE__CREDENTIALS, oldCredentials, credentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(Instant newSignedAt) {
		Instant oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SIGNATURE__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SIGNATURE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.SIGNATURE__SIGNER_ID:
				return getSignerId();
			case RecordPackage.SIGNATURE__SIGNER_NAME:
				return getSignerName();
			case RecordPackage.SIGNATURE__CREDENTIALS:
				return getCredentials();
			case RecordPackage.SIGNATURE__SIGNED_AT:
				return getSignedAt();
			case RecordPackage.SIGNATURE__CONTENT_HASH:
				return getContentHash();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecordPackage.SIGNATURE__SIGNER_ID:
				setSignerId((String)newValue);
				return;
			case RecordPackage.SIGNATURE__SIGNER_NAME:
				setSignerName((String)newValue);
				return;
			case RecordPackage.SIGNATURE__CREDENTIALS:
				setCredentials((String)newValue);
				return;
			case RecordPackage.SIGNATURE__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case RecordPackage.SIGNATURE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RecordPackage.SIGNATURE__SIGNER_ID:
				setSignerId(SIGNER_ID_EDEFAULT);
				return;
			case RecordPackage.SIGNATURE__SIGNER_NAME:
				setSignerName(SIGNER_NAME_EDEFAULT);
				return;
			case RecordPackage.SIGNATURE__CREDENTIALS:
				setCredentials(CREDENTIALS_EDEFAULT);
				return;
			case RecordPackage.SIGNATURE__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case RecordPackage.SIGNATURE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RecordPackage.SIGNATURE__SIGNER_ID:
				return SIGNER_ID_EDEFAULT == null ? signerId != null : !SIGNER_ID_EDEFAULT.equals(signerId);
			case RecordPackage.SIGNATURE__SIGNER_NAME:
				return SIGNER_NAME_EDEFAULT == null ? signerName != null : !SIGNER_NAME_EDEFAULT.equals(signerName);
			case RecordPackage.SIGNATURE__CREDENTIALS:
				return CREDENTIALS_EDEFAULT == null ? credentials != null : !CREDENTIALS_EDEFAULT.equals(credentials);
			case RecordPackage.SIGNATURE__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case RecordPackage.SIGNATURE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (signerId: ");
		result.append(signerId);
		result.append(", signerName: ");
		result.append(signerName);
		result.append(", credentials: ");
		result.append(credentials);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(')');
		return result.toString();
	}

} //SignatureImpl
