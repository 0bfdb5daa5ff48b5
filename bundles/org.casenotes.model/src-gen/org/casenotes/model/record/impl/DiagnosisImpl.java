/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#getIcd10Code <em>Icd10 Code</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#getDiagnosedOn <em>Diagnosed On</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#getResolvedOn <em>Resolved On</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.DiagnosisImpl#getOnsetOn <em>Onset On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosisImpl extends IdentifiedImpl implements Diagnosis {
	/**
	 * The default value of the '{@link #getIcd10Code() <em>Icd10 Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcd10Code()
	 * @generated
	 * @ordered
	 */
	protected static final String ICD10_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIcd10Code() <em>Icd10 Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIcd10Code()
	 * @generated
	 * @ordered
	 */
	protected String icd10Code = ICD10_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiagnosedOn() <em>Diagnosed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DIAGNOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiagnosedOn() <em>Diagnosed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate diagnosedOn = DIAGNOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getResolvedOn() <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RESOLVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResolvedOn() <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate resolvedOn = RESOLVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnsetOn() <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ONSET_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnsetOn() <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnsetOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate onsetOn = ONSET_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.DIAGNOSIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIcd10Code() {
		return icd10Code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIcd10Code(String newIcd10Code) {
		String oldIcd10Code = icd10Code;
		icd10Code = newIcd10Code;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__ICD10_CODE, oldIcd10Code, icd10Code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDiagnosedOn() {
		return diagnosedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiagnosedOn(LocalDate newDiagnosedOn) {
		LocalDate oldDiagnosedOn = diagnosedOn;
		diagnosedOn = newDiagnosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__DIAGNOSED_ON, oldDiagnosedOn, diagnosedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getResolvedOn() {
		return resolvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedOn(LocalDate newResolvedOn) {
		LocalDate oldResolvedOn = resolvedOn;
		resolvedOn = newResolvedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__RESOLVED_ON, oldResolvedOn, resolvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOnsetOn() {
		return onsetOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnsetOn(LocalDate newOnsetOn) {
		LocalDate oldOnsetOn = onsetOn;
		onsetOn = newOnsetOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.DIAGNOSIS__ONSET_ON, oldOnsetOn, onsetOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.DIAGNOSIS__ICD10_CODE:
				return getIcd10Code();
			case RecordPackage.DIAGNOSIS__DESCRIPTION:
				return getDescription();
			case RecordPackage.DIAGNOSIS__PRIMARY:
				return isPrimary();
			case RecordPackage.DIAGNOSIS__DIAGNOSED_ON:
				return getDiagnosedOn();
			case RecordPackage.DIAGNOSIS__RESOLVED_ON:
				return getResolvedOn();
			case RecordPackage.DIAGNOSIS__ONSET_ON:
				return getOnsetOn();
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
			case RecordPackage.DIAGNOSIS__ICD10_CODE:
				setIcd10Code((String)newValue);
				return;
			case RecordPackage.DIAGNOSIS__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RecordPackage.DIAGNOSIS__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case RecordPackage.DIAGNOSIS__DIAGNOSED_ON:
				setDiagnosedOn((LocalDate)newValue);
				return;
			case RecordPackage.DIAGNOSIS__RESOLVED_ON:
				setResolvedOn((LocalDate)newValue);
				return;
			case RecordPackage.DIAGNOSIS__ONSET_ON:
				setOnsetOn((LocalDate)newValue);
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
			case RecordPackage.DIAGNOSIS__ICD10_CODE:
				setIcd10Code(ICD10_CODE_EDEFAULT);
				return;
			case RecordPackage.DIAGNOSIS__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RecordPackage.DIAGNOSIS__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case RecordPackage.DIAGNOSIS__DIAGNOSED_ON:
				setDiagnosedOn(DIAGNOSED_ON_EDEFAULT);
				return;
			case RecordPackage.DIAGNOSIS__RESOLVED_ON:
				setResolvedOn(RESOLVED_ON_EDEFAULT);
				return;
			case RecordPackage.DIAGNOSIS__ONSET_ON:
				setOnsetOn(ONSET_ON_EDEFAULT);
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
			case RecordPackage.DIAGNOSIS__ICD10_CODE:
				return ICD10_CODE_EDEFAULT == null ? icd10Code != null : !ICD10_CODE_EDEFAULT.equals(icd10Code);
			case RecordPackage.DIAGNOSIS__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RecordPackage.DIAGNOSIS__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case RecordPackage.DIAGNOSIS__DIAGNOSED_ON:
				return DIAGNOSED_ON_EDEFAULT == null ? diagnosedOn != null : !DIAGNOSED_ON_EDEFAULT.equals(diagnosedOn);
			case RecordPackage.DIAGNOSIS__RESOLVED_ON:
				return RESOLVED_ON_EDEFAULT == null ? resolvedOn != null : !RESOLVED_ON_EDEFAULT.equals(resolvedOn);
			case RecordPackage.DIAGNOSIS__ONSET_ON:
				return ONSET_ON_EDEFAULT == null ? onsetOn != null : !ONSET_ON_EDEFAULT.equals(onsetOn);
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
		result.append(" (icd10Code: ");
		result.append(icd10Code);
		result.append(", description: ");
		result.append(description);
		result.append(", primary: ");
		result.append(primary);
		result.append(", diagnosedOn: ");
		result.append(diagnosedOn);
		result.append(", resolvedOn: ");
		result.append(resolvedOn);
		result.append(", onsetOn: ");
		result.append(onsetOn);
		result.append(')');
		return result.toString();
	}

} //DiagnosisImpl
