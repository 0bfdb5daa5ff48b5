/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;
import java.time.LocalTime;

import java.util.Collection;

import org.casenotes.model.record.Modality;
import org.casenotes.model.record.Participant;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.TelehealthDetails;

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
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getEpisodeId <em>Episode Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getClinicianId <em>Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getPlaceOfService <em>Place Of Service</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getCptCode <em>Cpt Code</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getTelehealth <em>Telehealth</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.SessionImpl#getParticipants <em>Participants</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionImpl extends IdentifiedImpl implements Session {
	/**
	 * The default value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String EPISODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected String episodeId = EPISODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getClinicianId() <em>Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicianId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLINICIAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClinicianId() <em>Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicianId()
	 * @generated
	 * @ordered
	 */
	protected String clinicianId = CLINICIAN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime START_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartTime() <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTime()
	 * @generated
	 * @ordered
	 */
	protected LocalTime startTime = START_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected static final LocalTime STOP_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStopTime() <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTime()
	 * @generated
	 * @ordered
	 */
	protected LocalTime stopTime = STOP_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.INDIVIDUAL;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected static final String SERVICE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceType() <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceType()
	 * @generated
	 * @ordered
	 */
	protected String serviceType = SERVICE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlaceOfService() <em>Place Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceOfService()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_OF_SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlaceOfService() <em>Place Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceOfService()
	 * @generated
	 * @ordered
	 */
	protected String placeOfService = PLACE_OF_SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCptCode() <em>Cpt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCptCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CPT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCptCode() <em>Cpt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCptCode()
	 * @generated
	 * @ordered
	 */
	protected String cptCode = CPT_CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTelehealth() <em>Telehealth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelehealth()
	 * @generated
	 * @ordered
	 */
	protected TelehealthDetails telehealth;

	/**
	 * The cached value of the '{@link #getParticipants() <em>Participants</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParticipants()
	 * @generated
	 * @ordered
	 */
	protected EList<Participant> participants;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEpisodeId() {
		return episodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpisodeId(String newEpisodeId) {
		String oldEpisodeId = episodeId;
		episodeId = newEpisodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__EPISODE_ID, oldEpisodeId, episodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClinicianId() {
		return clinicianId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClinicianId(String newClinicianId) {
		String oldClinicianId = clinicianId;
		clinicianId = newClinicianId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__CLINICIAN_ID, oldClinicianId, clinicianId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getStartTime() {
		return startTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTime(LocalTime newStartTime) {
		LocalTime oldStartTime = startTime;
		startTime = newStartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__START_TIME, oldStartTime, startTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalTime getStopTime() {
		return stopTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopTime(LocalTime newStopTime) {
		LocalTime oldStopTime = stopTime;
		stopTime = newStopTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__STOP_TIME, oldStopTime, stopTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getServiceType() {
		return serviceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceType(String newServiceType) {
		String oldServiceType = serviceType;
		serviceType = newServiceType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__SERVICE_TYPE, oldServiceType, serviceType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlaceOfService() {
		return placeOfService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaceOfService(String newPlaceOfService) {
		String oldPlaceOfService = placeOfService;
		placeOfService = newPlaceOfService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__PLACE_OF_SERVICE, oldPlaceOfService, placeOfService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCptCode() {
		return cptCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCptCode(String newCptCode) {
		String oldCptCode = cptCode;
		cptCode = newCptCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__CPT_CODE, oldCptCode, cptCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TelehealthDetails getTelehealth() {
		return telehealth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTelehealth(TelehealthDetails newTelehealth, NotificationChain msgs) {
		TelehealthDetails oldTelehealth = telehealth;
		telehealth = newTelehealth;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__TELEHEALTH, oldTelehealth, newTelehealth);
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
	public void setTelehealth(TelehealthDetails newTelehealth) {
		if (newTelehealth != telehealth) {
			NotificationChain msgs = null;
			if (telehealth != null)
				msgs = ((InternalEObject)telehealth).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecordPackage.SESSION__TELEHEALTH, null, msgs);
			if (newTelehealth != null)
				msgs = ((InternalEObject)newTelehealth).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecordPackage.SESSION__TELEHEALTH, null, msgs);
			msgs = basicSetTelehealth(newTelehealth, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.SESSION__TELEHEALTH, newTelehealth, newTelehealth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Participant> getParticipants() {
		if (participants == null) {
			participants = new EObjectContainmentEList<Participant>(Participant.class, this, RecordPackage.SESSION__PARTICIPANTS);
		}
		return participants;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.SESSION__TELEHEALTH:
				return basicSetTelehealth(null, msgs);
			case RecordPackage.SESSION__PARTICIPANTS:
				return ((InternalEList<?>)getParticipants()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.SESSION__EPISODE_ID:
				return getEpisodeId();
			case RecordPackage.SESSION__CLINICIAN_ID:
				return getClinicianId();
			case RecordPackage.SESSION__DATE:
				return getDate();
			case RecordPackage.SESSION__START_TIME:
				return getStartTime();
			case RecordPackage.SESSION__STOP_TIME:
				return getStopTime();
			case RecordPackage.SESSION__MODALITY:
				return getModality();
			case RecordPackage.SESSION__SERVICE_TYPE:
				return getServiceType();
			case RecordPackage.SESSION__PLACE_OF_SERVICE:
				return getPlaceOfService();
			case RecordPackage.SESSION__CPT_CODE:
				return getCptCode();
			case RecordPackage.SESSION__TELEHEALTH:
				return getTelehealth();
			case RecordPackage.SESSION__PARTICIPANTS:
				return getParticipants();
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
			case RecordPackage.SESSION__EPISODE_ID:
				setEpisodeId((String)newValue);
				return;
			case RecordPackage.SESSION__CLINICIAN_ID:
				setClinicianId((String)newValue);
				return;
			case RecordPackage.SESSION__DATE:
				setDate((LocalDate)newValue);
				return;
			case RecordPackage.SESSION__START_TIME:
				setStartTime((LocalTime)newValue);
				return;
			case RecordPackage.SESSION__STOP_TIME:
				setStopTime((LocalTime)newValue);
				return;
			case RecordPackage.SESSION__MODALITY:
				setModality((Modality)newValue);
				return;
			case RecordPackage.SESSION__SERVICE_TYPE:
				setServiceType((String)newValue);
				return;
			case RecordPackage.SESSION__PLACE_OF_SERVICE:
				setPlaceOfService((String)newValue);
				return;
			case RecordPackage.SESSION__CPT_CODE:
				setCptCode((String)newValue);
				return;
			case RecordPackage.SESSION__TELEHEALTH:
				setTelehealth((TelehealthDetails)newValue);
				return;
			case RecordPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
				getParticipants().addAll((Collection<? extends Participant>)newValue);
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
			case RecordPackage.SESSION__EPISODE_ID:
				setEpisodeId(EPISODE_ID_EDEFAULT);
				return;
			case RecordPackage.SESSION__CLINICIAN_ID:
				setClinicianId(CLINICIAN_ID_EDEFAULT);
				return;
			case RecordPackage.SESSION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case RecordPackage.SESSION__START_TIME:
				setStartTime(START_TIME_EDEFAULT);
				return;
			case RecordPackage.SESSION__STOP_TIME:
				setStopTime(STOP_TIME_EDEFAULT);
				return;
			case RecordPackage.SESSION__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case RecordPackage.SESSION__SERVICE_TYPE:
				setServiceType(SERVICE_TYPE_EDEFAULT);
				return;
			case RecordPackage.SESSION__PLACE_OF_SERVICE:
				setPlaceOfService(PLACE_OF_SERVICE_EDEFAULT);
				return;
			case RecordPackage.SESSION__CPT_CODE:
				setCptCode(CPT_CODE_EDEFAULT);
				return;
			case RecordPackage.SESSION__TELEHEALTH:
				setTelehealth((TelehealthDetails)null);
				return;
			case RecordPackage.SESSION__PARTICIPANTS:
				getParticipants().clear();
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
			case RecordPackage.SESSION__EPISODE_ID:
				return EPISODE_ID_EDEFAULT == null ? episodeId != null : !EPISODE_ID_EDEFAULT.equals(episodeId);
			case RecordPackage.SESSION__CLINICIAN_ID:
				return CLINICIAN_ID_EDEFAULT == null ? clinicianId != null : !CLINICIAN_ID_EDEFAULT.equals(clinicianId);
			case RecordPackage.SESSION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case RecordPackage.SESSION__START_TIME:
				return START_TIME_EDEFAULT == null ? startTime != null : !START_TIME_EDEFAULT.equals(startTime);
			case RecordPackage.SESSION__STOP_TIME:
				return STOP_TIME_EDEFAULT == null ? stopTime != null : !STOP_TIME_EDEFAULT.equals(stopTime);
			case RecordPackage.SESSION__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case RecordPackage.SESSION__SERVICE_TYPE:
				return SERVICE_TYPE_EDEFAULT == null ? serviceType != null : !SERVICE_TYPE_EDEFAULT.equals(serviceType);
			case RecordPackage.SESSION__PLACE_OF_SERVICE:
				return PLACE_OF_SERVICE_EDEFAULT == null ? placeOfService != null : !PLACE_OF_SERVICE_EDEFAULT.equals(placeOfService);
			case RecordPackage.SESSION__CPT_CODE:
				return CPT_CODE_EDEFAULT == null ? cptCode != null : !CPT_CODE_EDEFAULT.equals(cptCode);
			case RecordPackage.SESSION__TELEHEALTH:
				return telehealth != null;
			case RecordPackage.SESSION__PARTICIPANTS:
				return participants != null && !participants.isEmpty();
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
		result.append(" (episodeId: ");
		result.append(episodeId);
		result.append(", clinicianId: ");
		result.append(clinicianId);
		result.append(", date: ");
		result.append(date);
		result.append(", startTime: ");
		result.append(startTime);
		result.append(", stopTime: ");
		result.append(stopTime);
		result.append(", modality: ");
		result.append(modality);
		result.append(", serviceType: ");
		result.append(serviceType);
		result.append(", placeOfService: ");
		result.append(placeOfService);
		result.append(", cptCode: ");
		result.append(cptCode);
		result.append(')');
		return result.toString();
	}

} //SessionImpl
