/**
 */
package org.casenotes.model.record.impl;

import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.InterventionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.InterventionImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.InterventionImpl#getResponsibleClinicianId <em>Responsible Clinician Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterventionImpl extends IdentifiedImpl implements Intervention {
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
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected String frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsibleClinicianId() <em>Responsible Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleClinicianId()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_CLINICIAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleClinicianId() <em>Responsible Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleClinicianId()
	 * @generated
	 * @ordered
	 */
	protected String responsibleClinicianId = RESPONSIBLE_CLINICIAN_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterventionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.INTERVENTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.INTERVENTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(String newFrequency) {
		String oldFrequency = frequency;
		frequency = newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.INTERVENTION__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleClinicianId() {
		return responsibleClinicianId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleClinicianId(String newResponsibleClinicianId) {
		String oldResponsibleClinicianId = responsibleClinicianId;
		responsibleClinicianId = newResponsibleClinicianId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.INTERVENTION__RESPONSIBLE_CLINICIAN_ID, oldResponsibleClinicianId, responsibleClinicianId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.INTERVENTION__DESCRIPTION:
				return getDescription();
			case RecordPackage.INTERVENTION__FREQUENCY:
				return getFrequency();
			case RecordPackage.INTERVENTION__RESPONSIBLE_CLINICIAN_ID:
				return getResponsibleClinicianId();
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
			case RecordPackage.INTERVENTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RecordPackage.INTERVENTION__FREQUENCY:
				setFrequency((String)newValue);
				return;
			case RecordPackage.INTERVENTION__RESPONSIBLE_CLINICIAN_ID:
				setResponsibleClinicianId((String)newValue);
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
			case RecordPackage.INTERVENTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RecordPackage.INTERVENTION__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case RecordPackage.INTERVENTION__RESPONSIBLE_CLINICIAN_ID:
				setResponsibleClinicianId(RESPONSIBLE_CLINICIAN_ID_EDEFAULT);
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
			case RecordPackage.INTERVENTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RecordPackage.INTERVENTION__FREQUENCY:
				return FREQUENCY_EDEFAULT == null ? frequency != null : !FREQUENCY_EDEFAULT.equals(frequency);
			case RecordPackage.INTERVENTION__RESPONSIBLE_CLINICIAN_ID:
				return RESPONSIBLE_CLINICIAN_ID_EDEFAULT == null ? responsibleClinicianId != null : !RESPONSIBLE_CLINICIAN_ID_EDEFAULT.equals(responsibleClinicianId);
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
		result.append(" (description: ");
		result.append(description);
		result.append(", frequency: ");
		result.append(frequency);
		result.append(", responsibleClinicianId: ");
		result.append(responsibleClinicianId);
		result.append(')');
		return result.toString();
	}

} //InterventionImpl
