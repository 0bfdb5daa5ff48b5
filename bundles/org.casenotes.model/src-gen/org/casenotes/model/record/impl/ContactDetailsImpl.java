/**
 */
package org.casenotes.model.record.impl;

import org.casenotes.model.record.ContactDetails;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Contact Details</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#getEmail <em>Email</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#isMayLeaveMessage <em>May Leave Message</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#getEmergencyContactName <em>Emergency Contact Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ContactDetailsImpl#getEmergencyContactPhone <em>Emergency Contact Phone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContactDetailsImpl extends EObjectImpl implements ContactDetails {
	/**
	 * The default value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhone() <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhone()
	 * @generated
	 * @ordered
	 */
	protected String phone = PHONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected static final String EMAIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmail() <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmail()
	 * @generated
	 * @ordered
	 */
	protected String email = EMAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #isMayLeaveMessage() <em>May Leave Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMayLeaveMessage()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MAY_LEAVE_MESSAGE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMayLeaveMessage() <em>May Leave Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMayLeaveMessage()
	 * @generated
	 * @ordered
	 */
	protected boolean mayLeaveMessage = MAY_LEAVE_MESSAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyContactName() <em>Emergency Contact Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContactName()
	 * @generated
	 * @ordered
	 */
	protected static final String EMERGENCY_CONTACT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmergencyContactName() <em>Emergency Contact Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContactName()
	 * @generated
	 * @ordered
	 */
	protected String emergencyContactName = EMERGENCY_CONTACT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmergencyContactPhone() <em>Emergency Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContactPhone()
	 * @generated
	 * @ordered
	 */
	protected static final String EMERGENCY_CONTACT_PHONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmergencyContactPhone() <em>Emergency Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmergencyContactPhone()
	 * @generated
	 * @ordered
	 */
	protected String emergencyContactPhone = EMERGENCY_CONTACT_PHONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContactDetailsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.CONTACT_DETAILS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhone() {
		return phone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhone(String newPhone) {
		String oldPhone = phone;
		phone = newPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmail() {
		return email;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmail(String newEmail) {
		String oldEmail = email;
		email = newEmail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__EMAIL, oldEmail, email));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMayLeaveMessage() {
		return mayLeaveMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMayLeaveMessage(boolean newMayLeaveMessage) {
		boolean oldMayLeaveMessage = mayLeaveMessage;
		mayLeaveMessage = newMayLeaveMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGE, oldMayLeaveMessage, mayLeaveMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmergencyContactName() {
		return emergencyContactName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyContactName(String newEmergencyContactName) {
		String oldEmergencyContactName = emergencyContactName;
		emergencyContactName = newEmergencyContactName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_NAME, oldEmergencyContactName, emergencyContactName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmergencyContactPhone() {
		return emergencyContactPhone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmergencyContactPhone(String newEmergencyContactPhone) {
		String oldEmergencyContactPhone = emergencyContactPhone;
		emergencyContactPhone = newEmergencyContactPhone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE, oldEmergencyContactPhone, emergencyContactPhone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.CONTACT_DETAILS__PHONE:
				return getPhone();
			case RecordPackage.CONTACT_DETAILS__EMAIL:
				return getEmail();
			case RecordPackage.CONTACT_DETAILS__ADDRESS:
				return getAddress();
			case RecordPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGE:
				return isMayLeaveMessage();
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_NAME:
				return getEmergencyContactName();
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE:
				return getEmergencyContactPhone();
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
			case RecordPackage.CONTACT_DETAILS__PHONE:
				setPhone((String)newValue);
				return;
			case RecordPackage.CONTACT_DETAILS__EMAIL:
				setEmail((String)newValue);
				return;
			case RecordPackage.CONTACT_DETAILS__ADDRESS:
				setAddress((String)newValue);
				return;
			case RecordPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGE:
				setMayLeaveMessage((Boolean)newValue);
				return;
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_NAME:
				setEmergencyContactName((String)newValue);
				return;
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE:
				setEmergencyContactPhone((String)newValue);
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
			case RecordPackage.CONTACT_DETAILS__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case RecordPackage.CONTACT_DETAILS__EMAIL:
				setEmail(EMAIL_EDEFAULT);
				return;
			case RecordPackage.CONTACT_DETAILS__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RecordPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGE:
				setMayLeaveMessage(MAY_LEAVE_MESSAGE_EDEFAULT);
				return;
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_NAME:
				setEmergencyContactName(EMERGENCY_CONTACT_NAME_EDEFAULT);
				return;
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE:
				setEmergencyContactPhone(EMERGENCY_CONTACT_PHONE_EDEFAULT);
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
			case RecordPackage.CONTACT_DETAILS__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case RecordPackage.CONTACT_DETAILS__EMAIL:
				return EMAIL_EDEFAULT == null ? email != null : !EMAIL_EDEFAULT.equals(email);
			case RecordPackage.CONTACT_DETAILS__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RecordPackage.CONTACT_DETAILS__MAY_LEAVE_MESSAGE:
				return mayLeaveMessage != MAY_LEAVE_MESSAGE_EDEFAULT;
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_NAME:
				return EMERGENCY_CONTACT_NAME_EDEFAULT == null ? emergencyContactName != null : !EMERGENCY_CONTACT_NAME_EDEFAULT.equals(emergencyContactName);
			case RecordPackage.CONTACT_DETAILS__EMERGENCY_CONTACT_PHONE:
				return EMERGENCY_CONTACT_PHONE_EDEFAULT == null ? emergencyContactPhone != null : !EMERGENCY_CONTACT_PHONE_EDEFAULT.equals(emergencyContactPhone);
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
		result.append(" (phone: ");
		result.append(phone);
		result.append(", email: ");
		result.append(email);
		result.append(", address: ");
		result.append(address);
		result.append(", mayLeaveMessage: ");
		result.append(mayLeaveMessage);
		result.append(", emergencyContactName: ");
		result.append(emergencyContactName);
		result.append(", emergencyContactPhone: ");
		result.append(emergencyContactPhone);
		result.append(')');
		return result.toString();
	}

} //ContactDetailsImpl
