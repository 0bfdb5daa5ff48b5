/**
 */
package org.casenotes.model.record.impl;

import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.ClinicianRole;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Clinician</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getLicenseNumber <em>License Number</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getLicenseState <em>License State</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ClinicianImpl#getSupervisorId <em>Supervisor Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClinicianImpl extends IdentifiedImpl implements Clinician {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The default value of the '{@link #getLicenseNumber() <em>License Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENSE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenseNumber() <em>License Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseNumber()
	 * @generated
	 * @ordered
	 */
	protected String licenseNumber = LICENSE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicenseState() <em>License State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseState()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENSE_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicenseState() <em>License State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicenseState()
	 * @generated
	 * @ordered
	 */
	protected String licenseState = LICENSE_STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final ClinicianRole ROLE_EDEFAULT = ClinicianRole.CLINICIAN;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected ClinicianRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSupervisorId() <em>Supervisor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPERVISOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupervisorId() <em>Supervisor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisorId()
	 * @generated
	 * @ordered
	 */
	protected String supervisorId = SUPERVISOR_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClinicianImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.CLINICIAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__CREDENTIALS, oldCredentials, credentials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicenseNumber() {
		return licenseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenseNumber(String newLicenseNumber) {
		String oldLicenseNumber = licenseNumber;
		licenseNumber = newLicenseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__LICENSE_NUMBER, oldLicenseNumber, licenseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicenseState() {
		return licenseState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicenseState(String newLicenseState) {
		String oldLicenseState = licenseState;
		licenseState = newLicenseState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__LICENSE_STATE, oldLicenseState, licenseState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ClinicianRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(ClinicianRole newRole) {
		ClinicianRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupervisorId() {
		return supervisorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisorId(String newSupervisorId) {
		String oldSupervisorId = supervisorId;
		supervisorId = newSupervisorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CLINICIAN__SUPERVISOR_ID, oldSupervisorId, supervisorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.CLINICIAN__NAME:
				return getName();
			case RecordPackage.CLINICIAN__CREDENTIALS:
				return getCredentials();
			case RecordPackage.CLINICIAN__LICENSE_NUMBER:
				return getLicenseNumber();
			case RecordPackage.CLINICIAN__LICENSE_STATE:
				return getLicenseState();
			case RecordPackage.CLINICIAN__ROLE:
				return getRole();
			case RecordPackage.CLINICIAN__SUPERVISOR_ID:
				return getSupervisorId();
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
			case RecordPackage.CLINICIAN__NAME:
				setName((String)newValue);
				return;
			case RecordPackage.CLINICIAN__CREDENTIALS:
				setCredentials((String)newValue);
				return;
			case RecordPackage.CLINICIAN__LICENSE_NUMBER:
				setLicenseNumber((String)newValue);
				return;
			case RecordPackage.CLINICIAN__LICENSE_STATE:
				setLicenseState((String)newValue);
				return;
			case RecordPackage.CLINICIAN__ROLE:
				setRole((ClinicianRole)newValue);
				return;
			case RecordPackage.CLINICIAN__SUPERVISOR_ID:
				setSupervisorId((String)newValue);
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
			case RecordPackage.CLINICIAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RecordPackage.CLINICIAN__CREDENTIALS:
				setCredentials(CREDENTIALS_EDEFAULT);
				return;
			case RecordPackage.CLINICIAN__LICENSE_NUMBER:
				setLicenseNumber(LICENSE_NUMBER_EDEFAULT);
				return;
			case RecordPackage.CLINICIAN__LICENSE_STATE:
				setLicenseState(LICENSE_STATE_EDEFAULT);
				return;
			case RecordPackage.CLINICIAN__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case RecordPackage.CLINICIAN__SUPERVISOR_ID:
				setSupervisorId(SUPERVISOR_ID_EDEFAULT);
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
			case RecordPackage.CLINICIAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RecordPackage.CLINICIAN__CREDENTIALS:
				return CREDENTIALS_EDEFAULT == null ? credentials != null : !CREDENTIALS_EDEFAULT.equals(credentials);
			case RecordPackage.CLINICIAN__LICENSE_NUMBER:
				return LICENSE_NUMBER_EDEFAULT == null ? licenseNumber != null : !LICENSE_NUMBER_EDEFAULT.equals(licenseNumber);
			case RecordPackage.CLINICIAN__LICENSE_STATE:
				return LICENSE_STATE_EDEFAULT == null ? licenseState != null : !LICENSE_STATE_EDEFAULT.equals(licenseState);
			case RecordPackage.CLINICIAN__ROLE:
				return role != ROLE_EDEFAULT;
			case RecordPackage.CLINICIAN__SUPERVISOR_ID:
				return SUPERVISOR_ID_EDEFAULT == null ? supervisorId != null : !SUPERVISOR_ID_EDEFAULT.equals(supervisorId);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", credentials: ");
		result.append(credentials);
		result.append(", licenseNumber: ");
		result.append(licenseNumber);
		result.append(", licenseState: ");
		result.append(licenseState);
		result.append(", role: ");
		result.append(role);
		result.append(", supervisorId: ");
		result.append(supervisorId);
		result.append(')');
		return result.toString();
	}

} //ClinicianImpl
