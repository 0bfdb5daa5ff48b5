/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telehealth Details</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.TelehealthDetails#getMode <em>Mode</em>}</li>
 *   <li>{@link org.casenotes.model.record.TelehealthDetails#getClientLocation <em>Client Location</em>}</li>
 *   <li>{@link org.casenotes.model.record.TelehealthDetails#getClinicianLocation <em>Clinician Location</em>}</li>
 *   <li>{@link org.casenotes.model.record.TelehealthDetails#isConsentObtained <em>Consent Obtained</em>}</li>
 *   <li>{@link org.casenotes.model.record.TelehealthDetails#getConsentDate <em>Consent Date</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails()
 * @model
 * @generated
 */
public interface TelehealthDetails extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.TelehealthMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.casenotes.model.record.TelehealthMode
	 * @see #setMode(TelehealthMode)
	 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails_Mode()
	 * @model
	 * @generated
	 */
	TelehealthMode getMode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TelehealthDetails#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.casenotes.model.record.TelehealthMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(TelehealthMode value);

	/**
	 * Returns the value of the '<em><b>Client Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Location</em>' attribute.
	 * @see #setClientLocation(String)
	 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails_ClientLocation()
	 * @model
	 * @generated
	 */
	String getClientLocation();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TelehealthDetails#getClientLocation <em>Client Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Location</em>' attribute.
	 * @see #getClientLocation()
	 * @generated
	 */
	void setClientLocation(String value);

	/**
	 * Returns the value of the '<em><b>Clinician Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinician Location</em>' attribute.
	 * @see #setClinicianLocation(String)
	 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails_ClinicianLocation()
	 * @model
	 * @generated
	 */
	String getClinicianLocation();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TelehealthDetails#getClinicianLocation <em>Clinician Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Clinician Location</em>' attribute.
	 * @see #getClinicianLocation()
	 * @generated
	 */
	void setClinicianLocation(String value);

	/**
	 * Returns the value of the '<em><b>Consent Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Obtained</em>' attribute.
	 * @see #setConsentObtained(boolean)
	 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails_ConsentObtained()
	 * @model
	 * @generated
	 */
	boolean isConsentObtained();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TelehealthDetails#isConsentObtained <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Obtained</em>' attribute.
	 * @see #isConsentObtained()
	 * @generated
	 */
	void setConsentObtained(boolean value);

	/**
	 * Returns the value of the '<em><b>Consent Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Date</em>' attribute.
	 * @see #setConsentDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getTelehealthDetails_ConsentDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getConsentDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TelehealthDetails#getConsentDate <em>Consent Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Date</em>' attribute.
	 * @see #getConsentDate()
	 * @generated
	 */
	void setConsentDate(LocalDate value);

} // TelehealthDetails
