/**
 */
package org.casenotes.model.record.impl;

import java.util.Collection;

import org.casenotes.model.record.Agency;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Clinician;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getSigningWindowDays <em>Signing Window Days</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getClinicians <em>Clinicians</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.AgencyImpl#getClients <em>Clients</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgencyImpl extends IdentifiedImpl implements Agency {
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
	 * The default value of the '{@link #getSigningWindowDays() <em>Signing Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigningWindowDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SIGNING_WINDOW_DAYS_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getSigningWindowDays() <em>Signing Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigningWindowDays()
	 * @generated
	 * @ordered
	 */
	protected int signingWindowDays = SIGNING_WINDOW_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClinicians() <em>Clinicians</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicians()
	 * @generated
	 * @ordered
	 */
	protected EList<Clinician> clinicians;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<Client> clients;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgencyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.AGENCY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.AGENCY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.AGENCY__ADDRESS, oldAddress, address));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.AGENCY__PHONE, oldPhone, phone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSigningWindowDays() {
		return signingWindowDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSigningWindowDays(int newSigningWindowDays) {
		int oldSigningWindowDays = signingWindowDays;
		signingWindowDays = newSigningWindowDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.AGENCY__SIGNING_WINDOW_DAYS, oldSigningWindowDays, signingWindowDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Clinician> getClinicians() {
		if (clinicians == null) {
			clinicians = new EObjectContainmentEList<Clinician>(Clinician.class, this, RecordPackage.AGENCY__CLINICIANS);
		}
		return clinicians;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Client> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<Client>(Client.class, this, RecordPackage.AGENCY__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.AGENCY__CLINICIANS:
				return ((InternalEList<?>)getClinicians()).basicRemove(otherEnd, msgs);
			case RecordPackage.AGENCY__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.AGENCY__NAME:
				return getName();
			case RecordPackage.AGENCY__ADDRESS:
				return getAddress();
			case RecordPackage.AGENCY__PHONE:
				return getPhone();
			case RecordPackage.AGENCY__SIGNING_WINDOW_DAYS:
				return getSigningWindowDays();
			case RecordPackage.AGENCY__CLINICIANS:
				return getClinicians();
			case RecordPackage.AGENCY__CLIENTS:
				return getClients();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RecordPackage.AGENCY__NAME:
				setName((String)newValue);
				return;
			case RecordPackage.AGENCY__ADDRESS:
				setAddress((String)newValue);
				return;
			case RecordPackage.AGENCY__PHONE:
				setPhone((String)newValue);
				return;
			case RecordPackage.AGENCY__SIGNING_WINDOW_DAYS:
				setSigningWindowDays((Integer)newValue);
				return;
			case RecordPackage.AGENCY__CLINICIANS:
				getClinicians().clear();
				getClinicians().addAll((Collection<? extends Clinician>)newValue);
				return;
			case RecordPackage.AGENCY__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends Client>)newValue);
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
			case RecordPackage.AGENCY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case RecordPackage.AGENCY__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case RecordPackage.AGENCY__PHONE:
				setPhone(PHONE_EDEFAULT);
				return;
			case RecordPackage.AGENCY__SIGNING_WINDOW_DAYS:
				setSigningWindowDays(SIGNING_WINDOW_DAYS_EDEFAULT);
				return;
			case RecordPackage.AGENCY__CLINICIANS:
				getClinicians().clear();
				return;
			case RecordPackage.AGENCY__CLIENTS:
				getClients().clear();
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
			case RecordPackage.AGENCY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case RecordPackage.AGENCY__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case RecordPackage.AGENCY__PHONE:
				return PHONE_EDEFAULT == null ? phone != null : !PHONE_EDEFAULT.equals(phone);
			case RecordPackage.AGENCY__SIGNING_WINDOW_DAYS:
				return signingWindowDays != SIGNING_WINDOW_DAYS_EDEFAULT;
			case RecordPackage.AGENCY__CLINICIANS:
				return clinicians != null && !clinicians.isEmpty();
			case RecordPackage.AGENCY__CLIENTS:
				return clients != null && !clients.isEmpty();
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
		result.append(", address: ");
		result.append(address);
		result.append(", phone: ");
		result.append(phone);
		result.append(", signingWindowDays: ");
		result.append(signingWindowDays);
		result.append(')');
		return result.toString();
	}

} //AgencyImpl
