/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.Condition;
import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.SignatureBlock;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signature Block</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.SignatureBlockImpl#getAttestation <em>Attestation</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.SignatureBlockImpl#isCredentialsRequired <em>Credentials Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.SignatureBlockImpl#isCosignatureRequired <em>Cosignature Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.SignatureBlockImpl#getCosignatureWhen <em>Cosignature When</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignatureBlockImpl extends FormElementImpl implements SignatureBlock {
	/**
	 * The default value of the '{@link #getAttestation() <em>Attestation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttestation()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTESTATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttestation() <em>Attestation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttestation()
	 * @generated
	 * @ordered
	 */
	protected String attestation = ATTESTATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isCredentialsRequired() <em>Credentials Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCredentialsRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CREDENTIALS_REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCredentialsRequired() <em>Credentials Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCredentialsRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean credentialsRequired = CREDENTIALS_REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isCosignatureRequired() <em>Cosignature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCosignatureRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COSIGNATURE_REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCosignatureRequired() <em>Cosignature Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCosignatureRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean cosignatureRequired = COSIGNATURE_REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCosignatureWhen() <em>Cosignature When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosignatureWhen()
	 * @generated
	 * @ordered
	 */
	protected Condition cosignatureWhen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SignatureBlockImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.SIGNATURE_BLOCK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttestation() {
		return attestation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttestation(String newAttestation) {
		String oldAttestation = attestation;
		attestation = newAttestation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.SIGNATURE_BLOCK__ATTESTATION, oldAttestation, attestation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCredentialsRequired() {
		return credentialsRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialsRequired(boolean newCredentialsRequired) {
		boolean oldCredentialsRequired = credentialsRequired;
		credentialsRequired = newCredentialsRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.SIGNATURE_BLOCK__CREDENTIALS_REQUIRED, oldCredentialsRequired, credentialsRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCosignatureRequired() {
		return cosignatureRequired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCosignatureRequired(boolean newCosignatureRequired) {
		boolean oldCosignatureRequired = cosignatureRequired;
		cosignatureRequired = newCosignatureRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.SIGNATURE_BLOCK__COSIGNATURE_REQUIRED, oldCosignatureRequired, cosignatureRequired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition getCosignatureWhen() {
		return cosignatureWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCosignatureWhen(Condition newCosignatureWhen, NotificationChain msgs) {
		Condition oldCosignatureWhen = cosignatureWhen;
		cosignatureWhen = newCosignatureWhen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN, oldCosignatureWhen, newCosignatureWhen);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCosignatureWhen(Condition newCosignatureWhen) {
		if (newCosignatureWhen != cosignatureWhen) {
			NotificationChain msgs = null;
			if (cosignatureWhen != null)
				msgs = ((InternalEObject)cosignatureWhen).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN, null, msgs);
			if (newCosignatureWhen != null)
				msgs = ((InternalEObject)newCosignatureWhen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN, null, msgs);
			msgs = basicSetCosignatureWhen(newCosignatureWhen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN, newCosignatureWhen, newCosignatureWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN:
				return basicSetCosignatureWhen(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.SIGNATURE_BLOCK__ATTESTATION:
				return getAttestation();
			case FormPackage.SIGNATURE_BLOCK__CREDENTIALS_REQUIRED:
				return isCredentialsRequired();
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_REQUIRED:
				return isCosignatureRequired();
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN:
				return getCosignatureWhen();
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
			case FormPackage.SIGNATURE_BLOCK__ATTESTATION:
				setAttestation((String)newValue);
				return;
			case FormPackage.SIGNATURE_BLOCK__CREDENTIALS_REQUIRED:
				setCredentialsRequired((Boolean)newValue);
				return;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_REQUIRED:
				setCosignatureRequired((Boolean)newValue);
				return;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN:
				setCosignatureWhen((Condition)newValue);
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
			case FormPackage.SIGNATURE_BLOCK__ATTESTATION:
				setAttestation(ATTESTATION_EDEFAULT);
				return;
			case FormPackage.SIGNATURE_BLOCK__CREDENTIALS_REQUIRED:
				setCredentialsRequired(CREDENTIALS_REQUIRED_EDEFAULT);
				return;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_REQUIRED:
				setCosignatureRequired(COSIGNATURE_REQUIRED_EDEFAULT);
				return;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN:
				setCosignatureWhen((Condition)null);
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
			case FormPackage.SIGNATURE_BLOCK__ATTESTATION:
				return ATTESTATION_EDEFAULT == null ? attestation != null : !ATTESTATION_EDEFAULT.equals(attestation);
			case FormPackage.SIGNATURE_BLOCK__CREDENTIALS_REQUIRED:
				return credentialsRequired != CREDENTIALS_REQUIRED_EDEFAULT;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_REQUIRED:
				return cosignatureRequired != COSIGNATURE_REQUIRED_EDEFAULT;
			case FormPackage.SIGNATURE_BLOCK__COSIGNATURE_WHEN:
				return cosignatureWhen != null;
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
		result.append(" (attestation: ");
		result.append(attestation);
		result.append(", credentialsRequired: ");
		result.append(credentialsRequired);
		result.append(", cosignatureRequired: ");
		result.append(cosignatureRequired);
		result.append(')');
		return result.toString();
	}

} //SignatureBlockImpl
