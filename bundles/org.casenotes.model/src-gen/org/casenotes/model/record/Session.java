/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;
import java.time.LocalTime;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A service event: when, how and with whom.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Session#getEpisodeId <em>Episode Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getClinicianId <em>Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getStopTime <em>Stop Time</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getModality <em>Modality</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getServiceType <em>Service Type</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getPlaceOfService <em>Place Of Service</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getCptCode <em>Cpt Code</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getTelehealth <em>Telehealth</em>}</li>
 *   <li>{@link org.casenotes.model.record.Session#getParticipants <em>Participants</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getSession()
 * @model
 * @generated
 */
public interface Session extends Identified {
	/**
	 * Returns the value of the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Episode Id</em>' attribute.
	 * @see #setEpisodeId(String)
	 * @see org.casenotes.model.record.RecordPackage#getSession_EpisodeId()
	 * @model
	 * @generated
	 */
	String getEpisodeId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getEpisodeId <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Episode Id</em>' attribute.
	 * @see #getEpisodeId()
	 * @generated
	 */
	void setEpisodeId(String value);

	/**
	 * Returns the value of the '<em><b>Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinician Id</em>' attribute.
	 * @see #setClinicianId(String)
	 * @see org.casenotes.model.record.RecordPackage#getSession_ClinicianId()
	 * @model
	 * @generated
	 */
	String getClinicianId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getClinicianId <em>Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clinician Id</em>' attribute.
	 * @see #getClinicianId()
	 * @generated
	 */
	void setClinicianId(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getSession_Date()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(LocalTime)
	 * @see org.casenotes.model.record.RecordPackage#getSession_StartTime()
	 * @model dataType="org.casenotes.model.record.LocalTime"
	 * @generated
	 */
	LocalTime getStartTime();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Stop Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stop Time</em>' attribute.
	 * @see #setStopTime(LocalTime)
	 * @see org.casenotes.model.record.RecordPackage#getSession_StopTime()
	 * @model dataType="org.casenotes.model.record.LocalTime"
	 * @generated
	 */
	LocalTime getStopTime();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getStopTime <em>Stop Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Time</em>' attribute.
	 * @see #getStopTime()
	 * @generated
	 */
	void setStopTime(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see org.casenotes.model.record.Modality
	 * @see #setModality(Modality)
	 * @see org.casenotes.model.record.RecordPackage#getSession_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see org.casenotes.model.record.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Service Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service Type</em>' attribute.
	 * @see #setServiceType(String)
	 * @see org.casenotes.model.record.RecordPackage#getSession_ServiceType()
	 * @model
	 * @generated
	 */
	String getServiceType();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getServiceType <em>Service Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service Type</em>' attribute.
	 * @see #getServiceType()
	 * @generated
	 */
	void setServiceType(String value);

	/**
	 * Returns the value of the '<em><b>Place Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CMS place-of-service code, e.g. 11 office, 02/10 telehealth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place Of Service</em>' attribute.
	 * @see #setPlaceOfService(String)
	 * @see org.casenotes.model.record.RecordPackage#getSession_PlaceOfService()
	 * @model
	 * @generated
	 */
	String getPlaceOfService();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getPlaceOfService <em>Place Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place Of Service</em>' attribute.
	 * @see #getPlaceOfService()
	 * @generated
	 */
	void setPlaceOfService(String value);

	/**
	 * Returns the value of the '<em><b>Cpt Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpt Code</em>' attribute.
	 * @see #setCptCode(String)
	 * @see org.casenotes.model.record.RecordPackage#getSession_CptCode()
	 * @model
	 * @generated
	 */
	String getCptCode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getCptCode <em>Cpt Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpt Code</em>' attribute.
	 * @see #getCptCode()
	 * @generated
	 */
	void setCptCode(String value);

	/**
	 * Returns the value of the '<em><b>Telehealth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set when the session was held by telehealth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Telehealth</em>' containment reference.
	 * @see #setTelehealth(TelehealthDetails)
	 * @see org.casenotes.model.record.RecordPackage#getSession_Telehealth()
	 * @model containment="true"
	 * @generated
	 */
	TelehealthDetails getTelehealth();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Session#getTelehealth <em>Telehealth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telehealth</em>' containment reference.
	 * @see #getTelehealth()
	 * @generated
	 */
	void setTelehealth(TelehealthDetails value);

	/**
	 * Returns the value of the '<em><b>Participants</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Participant}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Participants</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getSession_Participants()
	 * @model containment="true"
	 * @generated
	 */
	EList<Participant> getParticipants();

} // Session
