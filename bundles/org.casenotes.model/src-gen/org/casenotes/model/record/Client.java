/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person receiving services, with everything in their clinical record except psychotherapy notes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Client#getLegalName <em>Legal Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getPronouns <em>Pronouns</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getPrimaryClinicianId <em>Primary Clinician Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getContact <em>Contact</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getCoverages <em>Coverages</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getDiagnoses <em>Diagnoses</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getEpisodes <em>Episodes</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getMeasureResults <em>Measure Results</em>}</li>
 *   <li>{@link org.casenotes.model.record.Client#getLetters <em>Letters</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends Identified {
	/**
	 * Returns the value of the '<em><b>Legal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Name</em>' attribute.
	 * @see #setLegalName(String)
	 * @see org.casenotes.model.record.RecordPackage#getClient_LegalName()
	 * @model
	 * @generated
	 */
	String getLegalName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getLegalName <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Name</em>' attribute.
	 * @see #getLegalName()
	 * @generated
	 */
	void setLegalName(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Name</em>' attribute.
	 * @see #setPreferredName(String)
	 * @see org.casenotes.model.record.RecordPackage#getClient_PreferredName()
	 * @model
	 * @generated
	 */
	String getPreferredName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getPreferredName <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Name</em>' attribute.
	 * @see #getPreferredName()
	 * @generated
	 */
	void setPreferredName(String value);

	/**
	 * Returns the value of the '<em><b>Pronouns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pronouns</em>' attribute.
	 * @see #setPronouns(String)
	 * @see org.casenotes.model.record.RecordPackage#getClient_Pronouns()
	 * @model
	 * @generated
	 */
	String getPronouns();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getPronouns <em>Pronouns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pronouns</em>' attribute.
	 * @see #getPronouns()
	 * @generated
	 */
	void setPronouns(String value);

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getClient_DateOfBirth()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.ClientStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.ClientStatus
	 * @see #setStatus(ClientStatus)
	 * @see org.casenotes.model.record.RecordPackage#getClient_Status()
	 * @model
	 * @generated
	 */
	ClientStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.ClientStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ClientStatus value);

	/**
	 * Returns the value of the '<em><b>Primary Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Clinician Id</em>' attribute.
	 * @see #setPrimaryClinicianId(String)
	 * @see org.casenotes.model.record.RecordPackage#getClient_PrimaryClinicianId()
	 * @model
	 * @generated
	 */
	String getPrimaryClinicianId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getPrimaryClinicianId <em>Primary Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Clinician Id</em>' attribute.
	 * @see #getPrimaryClinicianId()
	 * @generated
	 */
	void setPrimaryClinicianId(String value);

	/**
	 * Returns the value of the '<em><b>Contact</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contact</em>' containment reference.
	 * @see #setContact(ContactDetails)
	 * @see org.casenotes.model.record.RecordPackage#getClient_Contact()
	 * @model containment="true"
	 * @generated
	 */
	ContactDetails getContact();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Client#getContact <em>Contact</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contact</em>' containment reference.
	 * @see #getContact()
	 * @generated
	 */
	void setContact(ContactDetails value);

	/**
	 * Returns the value of the '<em><b>Coverages</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Coverage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coverages</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Coverages()
	 * @model containment="true"
	 * @generated
	 */
	EList<Coverage> getCoverages();

	/**
	 * Returns the value of the '<em><b>Diagnoses</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Diagnosis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnoses</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Diagnoses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnosis> getDiagnoses();

	/**
	 * Returns the value of the '<em><b>Episodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.EpisodeOfCare}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Episodes</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Episodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<EpisodeOfCare> getEpisodes();

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Session}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Sessions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Session> getSessions();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Measure Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.MeasureResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measure Results</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_MeasureResults()
	 * @model containment="true"
	 * @generated
	 */
	EList<MeasureResult> getMeasureResults();

	/**
	 * Returns the value of the '<em><b>Letters</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Letter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Letters</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getClient_Letters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Letter> getLetters();

} // Client
