/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.TelehealthDetails;
import org.casenotes.model.record.TelehealthMode;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Telehealth Details</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.TelehealthDetailsImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TelehealthDetailsImpl#getClientLocation <em>Client Location</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TelehealthDetailsImpl#getClinicianLocation <em>Clinician Location</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TelehealthDetailsImpl#isConsentObtained <em>Consent Obtained</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TelehealthDetailsImpl#getConsentDate <em>Consent Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TelehealthDetailsImpl extends EObjectImpl implements TelehealthDetails {
	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final TelehealthMode MODE_EDEFAULT = TelehealthMode.VIDEO;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected TelehealthMode mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientLocation() <em>Client Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientLocation() <em>Client Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientLocation()
	 * @generated
	 * @ordered
	 */
	protected String clientLocation = CLIENT_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getClinicianLocation() <em>Clinician Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicianLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String CLINICIAN_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClinicianLocation() <em>Clinician Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicianLocation()
	 * @generated
	 * @ordered
	 */
	protected String clinicianLocation = CLINICIAN_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsentObtained() <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentObtained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_OBTAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsentObtained() <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentObtained()
	 * @generated
	 * @ordered
	 */
	protected boolean consentObtained = CONSENT_OBTAINED_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CONSENT_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsentDate() <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsentDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate consentDate = CONSENT_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TelehealthDetailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.TELEHEALTH_DETAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TelehealthMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(TelehealthMode newMode) {
		TelehealthMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TELEHEALTH_DETAILS__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientLocation() {
		return clientLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientLocation(String newClientLocation) {
		String oldClientLocation = clientLocation;
		clientLocation = newClientLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TELEHEALTH_DETAILS__CLIENT_LOCATION, oldClientLocation, clientLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClinicianLocation() {
		return clinicianLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClinicianLocation(String newClinicianLocation) {
		String oldClinicianLocation = clinicianLocation;
		clinicianLocation = newClinicianLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TELEHEALTH_DETAILS__CLINICIAN_LOCATION, oldClinicianLocation, clinicianLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentObtained() {
		return consentObtained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentObtained(boolean newConsentObtained) {
		boolean oldConsentObtained = consentObtained;
		consentObtained = newConsentObtained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TELEHEALTH_DETAILS__CONSENT_OBTAINED, oldConsentObtained, consentObtained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getConsentDate() {
		return consentDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentDate(LocalDate newConsentDate) {
		LocalDate oldConsentDate = consentDate;
		consentDate = newConsentDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TELEHEALTH_DETAILS__CONSENT_DATE, oldConsentDate, consentDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.TELEHEALTH_DETAILS__MODE:
				return getMode();
			case RecordPackage.TELEHEALTH_DETAILS__CLIENT_LOCATION:
				return getClientLocation();
			case RecordPackage.TELEHEALTH_DETAILS__CLINICIAN_LOCATION:
				return getClinicianLocation();
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_OBTAINED:
				return isConsentObtained();
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_DATE:
				return getConsentDate();
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
			case RecordPackage.TELEHEALTH_DETAILS__MODE:
				setMode((TelehealthMode)newValue);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CLIENT_LOCATION:
				setClientLocation((String)newValue);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CLINICIAN_LOCATION:
				setClinicianLocation((String)newValue);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_OBTAINED:
				setConsentObtained((Boolean)newValue);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_DATE:
				setConsentDate((LocalDate)newValue);
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
			case RecordPackage.TELEHEALTH_DETAILS__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CLIENT_LOCATION:
				setClientLocation(CLIENT_LOCATION_EDEFAULT);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CLINICIAN_LOCATION:
				setClinicianLocation(CLINICIAN_LOCATION_EDEFAULT);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_OBTAINED:
				setConsentObtained(CONSENT_OBTAINED_EDEFAULT);
				return;
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_DATE:
				setConsentDate(CONSENT_DATE_EDEFAULT);
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
			case RecordPackage.TELEHEALTH_DETAILS__MODE:
				return mode != MODE_EDEFAULT;
			case RecordPackage.TELEHEALTH_DETAILS__CLIENT_LOCATION:
				return CLIENT_LOCATION_EDEFAULT == null ? clientLocation != null : !CLIENT_LOCATION_EDEFAULT.equals(clientLocation);
			case RecordPackage.TELEHEALTH_DETAILS__CLINICIAN_LOCATION:
				return CLINICIAN_LOCATION_EDEFAULT == null ? clinicianLocation != null : !CLINICIAN_LOCATION_EDEFAULT.equals(clinicianLocation);
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_OBTAINED:
				return consentObtained != CONSENT_OBTAINED_EDEFAULT;
			case RecordPackage.TELEHEALTH_DETAILS__CONSENT_DATE:
				return CONSENT_DATE_EDEFAULT == null ? consentDate != null : !CONSENT_DATE_EDEFAULT.equals(consentDate);
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
		result.append(" (mode: ");
		result.append(mode);
		result.append(", clientLocation: ");
		result.append(clientLocation);
		result.append(", clinicianLocation: ");
		result.append(clinicianLocation);
		result.append(", consentObtained: ");
		result.append(consentObtained);
		result.append(", consentDate: ");
		result.append(consentDate);
		result.append(')');
		return result.toString();
	}

} //TelehealthDetailsImpl
