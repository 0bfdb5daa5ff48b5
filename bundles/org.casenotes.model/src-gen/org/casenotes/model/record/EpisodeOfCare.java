/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Episode Of Care</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One continuous period of services, from intake to discharge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getReferralSource <em>Referral Source</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getReasonForServices <em>Reason For Services</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getPrimaryClinicianId <em>Primary Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getTreatmentPlans <em>Treatment Plans</em>}</li>
 *   <li>{@link org.casenotes.model.record.EpisodeOfCare#getIntakeOn <em>Intake On</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare()
 * @model
 * @generated
 */
public interface EpisodeOfCare extends Identified {
	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_StartDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_EndDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.EpisodeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.EpisodeStatus
	 * @see #setStatus(EpisodeStatus)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_Status()
	 * @model
	 * @generated
	 */
	EpisodeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.EpisodeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EpisodeStatus value);

	/**
	 * Returns the value of the '<em><b>Referral Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Referral Source</em>' attribute.
	 * @see #setReferralSource(String)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_ReferralSource()
	 * @model
	 * @generated
	 */
	String getReferralSource();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getReferralSource <em>Referral Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referral Source</em>' attribute.
	 * @see #getReferralSource()
	 * @generated
	 */
	void setReferralSource(String value);

	/**
	 * Returns the value of the '<em><b>Reason For Services</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason For Services</em>' attribute.
	 * @see #setReasonForServices(String)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_ReasonForServices()
	 * @model
	 * @generated
	 */
	String getReasonForServices();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getReasonForServices <em>Reason For Services</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason For Services</em>' attribute.
	 * @see #getReasonForServices()
	 * @generated
	 */
	void setReasonForServices(String value);

	/**
	 * Returns the value of the '<em><b>Primary Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Clinician Id</em>' attribute.
	 * @see #setPrimaryClinicianId(String)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_PrimaryClinicianId()
	 * @model
	 * @generated
	 */
	String getPrimaryClinicianId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getPrimaryClinicianId <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Clinician Id</em>' attribute.
	 * @see #getPrimaryClinicianId()
	 * @generated
	 */
	void setPrimaryClinicianId(String value);

	/**
	 * Returns the value of the '<em><b>Treatment Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.TreatmentPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every version of the treatment plan in this episode, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Treatment Plans</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_TreatmentPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<TreatmentPlan> getTreatmentPlans();

	/**
	 * Returns the value of the '<em><b>Intake On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The date of service of the episode's signed intake assessment; unset while the intake is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intake On</em>' attribute.
	 * @see #setIntakeOn(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getEpisodeOfCare_IntakeOn()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getIntakeOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.EpisodeOfCare#getIntakeOn <em>Intake On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intake On</em>' attribute.
	 * @see #getIntakeOn()
	 * @generated
	 */
	void setIntakeOn(LocalDate value);

} // EpisodeOfCare
