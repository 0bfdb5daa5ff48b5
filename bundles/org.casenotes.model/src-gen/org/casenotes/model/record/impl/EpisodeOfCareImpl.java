/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.EpisodeStatus;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.TreatmentPlan;

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
 * An implementation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getReferralSource <em>Referral Source</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getReasonForServices <em>Reason For Services</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getPrimaryClinicianId <em>Primary Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getTreatmentPlans <em>Treatment Plans</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.EpisodeOfCareImpl#getIntakeOn <em>Intake On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EpisodeOfCareImpl extends IdentifiedImpl implements EpisodeOfCare {
	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EpisodeStatus STATUS_EDEFAULT = EpisodeStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EpisodeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferralSource() <em>Referral Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralSource()
	 * @generated
	 * @ordered
	 */
	protected static final String REFERRAL_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferralSource() <em>Referral Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferralSource()
	 * @generated
	 * @ordered
	 */
	protected String referralSource = REFERRAL_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasonForServices() <em>Reason For Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonForServices()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_FOR_SERVICES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasonForServices() <em>Reason For Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonForServices()
	 * @generated
	 * @ordered
	 */
	protected String reasonForServices = REASON_FOR_SERVICES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrimaryClinicianId() <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryClinicianId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_CLINICIAN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryClinicianId() <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryClinicianId()
	 * @generated
	 * @ordered
	 */
	protected String primaryClinicianId = PRIMARY_CLINICIAN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTreatmentPlans() <em>Treatment Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatmentPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<TreatmentPlan> treatmentPlans;

	/**
	 * The default value of the '{@link #getIntakeOn() <em>Intake On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntakeOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INTAKE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntakeOn() <em>Intake On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntakeOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate intakeOn = INTAKE_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EpisodeOfCareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.EPISODE_OF_CARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpisodeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EpisodeStatus newStatus) {
		EpisodeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReferralSource() {
		return referralSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferralSource(String newReferralSource) {
		String oldReferralSource = referralSource;
		referralSource = newReferralSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__REFERRAL_SOURCE, oldReferralSource, referralSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasonForServices() {
		return reasonForServices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasonForServices(String newReasonForServices) {
		String oldReasonForServices = reasonForServices;
		reasonForServices = newReasonForServices;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__REASON_FOR_SERVICES, oldReasonForServices, reasonForServices));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryClinicianId() {
		return primaryClinicianId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryClinicianId(String newPrimaryClinicianId) {
		String oldPrimaryClinicianId = primaryClinicianId;
		primaryClinicianId = newPrimaryClinicianId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID, oldPrimaryClinicianId, primaryClinicianId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TreatmentPlan> getTreatmentPlans() {
		if (treatmentPlans == null) {
			treatmentPlans = new EObjectContainmentEList<TreatmentPlan>(TreatmentPlan.class, this, RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS);
		}
		return treatmentPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIntakeOn() {
		return intakeOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntakeOn(LocalDate newIntakeOn) {
		LocalDate oldIntakeOn = intakeOn;
		intakeOn = newIntakeOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.EPISODE_OF_CARE__INTAKE_ON, oldIntakeOn, intakeOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS:
				return ((InternalEList<?>)getTreatmentPlans()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.EPISODE_OF_CARE__START_DATE:
				return getStartDate();
			case RecordPackage.EPISODE_OF_CARE__END_DATE:
				return getEndDate();
			case RecordPackage.EPISODE_OF_CARE__STATUS:
				return getStatus();
			case RecordPackage.EPISODE_OF_CARE__REFERRAL_SOURCE:
				return getReferralSource();
			case RecordPackage.EPISODE_OF_CARE__REASON_FOR_SERVICES:
				return getReasonForServices();
			case RecordPackage.EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID:
				return getPrimaryClinicianId();
			case RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS:
				return getTreatmentPlans();
			case RecordPackage.EPISODE_OF_CARE__INTAKE_ON:
				return getIntakeOn();
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
			case RecordPackage.EPISODE_OF_CARE__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__STATUS:
				setStatus((EpisodeStatus)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__REFERRAL_SOURCE:
				setReferralSource((String)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__REASON_FOR_SERVICES:
				setReasonForServices((String)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID:
				setPrimaryClinicianId((String)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS:
				getTreatmentPlans().clear();
				getTreatmentPlans().addAll((Collection<? extends TreatmentPlan>)newValue);
				return;
			case RecordPackage.EPISODE_OF_CARE__INTAKE_ON:
				setIntakeOn((LocalDate)newValue);
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
			case RecordPackage.EPISODE_OF_CARE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__REFERRAL_SOURCE:
				setReferralSource(REFERRAL_SOURCE_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__REASON_FOR_SERVICES:
				setReasonForServices(REASON_FOR_SERVICES_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID:
				setPrimaryClinicianId(PRIMARY_CLINICIAN_ID_EDEFAULT);
				return;
			case RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS:
				getTreatmentPlans().clear();
				return;
			case RecordPackage.EPISODE_OF_CARE__INTAKE_ON:
				setIntakeOn(INTAKE_ON_EDEFAULT);
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
			case RecordPackage.EPISODE_OF_CARE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case RecordPackage.EPISODE_OF_CARE__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case RecordPackage.EPISODE_OF_CARE__STATUS:
				return status != STATUS_EDEFAULT;
			case RecordPackage.EPISODE_OF_CARE__REFERRAL_SOURCE:
				return REFERRAL_SOURCE_EDEFAULT == null ? referralSource != null : !REFERRAL_SOURCE_EDEFAULT.equals(referralSource);
			case RecordPackage.EPISODE_OF_CARE__REASON_FOR_SERVICES:
				return REASON_FOR_SERVICES_EDEFAULT == null ? reasonForServices != null : !REASON_FOR_SERVICES_EDEFAULT.equals(reasonForServices);
			case RecordPackage.EPISODE_OF_CARE__PRIMARY_CLINICIAN_ID:
				return PRIMARY_CLINICIAN_ID_EDEFAULT == null ? primaryClinicianId != null : !PRIMARY_CLINICIAN_ID_EDEFAULT.equals(primaryClinicianId);
			case RecordPackage.EPISODE_OF_CARE__TREATMENT_PLANS:
				return treatmentPlans != null && !treatmentPlans.isEmpty();
			case RecordPackage.EPISODE_OF_CARE__INTAKE_ON:
				return INTAKE_ON_EDEFAULT == null ? intakeOn != null : !INTAKE_ON_EDEFAULT.equals(intakeOn);
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
		result.append(" (startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", status: ");
		result.append(status);
		result.append(", referralSource: ");
		result.append(referralSource);
		result.append(", reasonForServices: ");
		result.append(reasonForServices);
		result.append(", primaryClinicianId: ");
		result.append(primaryClinicianId);
		result.append(", intakeOn: ");
		result.append(intakeOn);
		result.append(')');
		return result.toString();
	}

} //EpisodeOfCareImpl
