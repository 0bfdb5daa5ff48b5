/**
 */
package org.casenotes.model.record;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Clinician</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Clinician#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Clinician#getCredentials <em>Credentials</em>}</li>
 *   <li>{@link org.casenotes.model.record.Clinician#getLicenseNumber <em>License Number</em>}</li>
 *   <li>{@link org.casenotes.model.record.Clinician#getLicenseState <em>License State</em>}</li>
 *   <li>{@link org.casenotes.model.record.Clinician#getRole <em>Role</em>}</li>
 *   <li>{@link org.casenotes.model.record.Clinician#getSupervisorId <em>Supervisor Id</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getClinician()
 * @model
 * @generated
 */
public interface Clinician extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Credentials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Credentials printed after the name in signatures, e.g. LCSW.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials</em>' attribute.
	 * @see #setCredentials(String)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_Credentials()
	 * @model
	 * @generated
	 */
	String getCredentials();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getCredentials <em>Credentials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials</em>' attribute.
	 * @see #getCredentials()
	 * @generated
	 */
	void setCredentials(String value);

	/**
	 * Returns the value of the '<em><b>License Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>License Number</em>' attribute.
	 * @see #setLicenseNumber(String)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_LicenseNumber()
	 * @model
	 * @generated
	 */
	String getLicenseNumber();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getLicenseNumber <em>License Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>License Number</em>' attribute.
	 * @see #getLicenseNumber()
	 * @generated
	 */
	void setLicenseNumber(String value);

	/**
	 * Returns the value of the '<em><b>License State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>License State</em>' attribute.
	 * @see #setLicenseState(String)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_LicenseState()
	 * @model
	 * @generated
	 */
	String getLicenseState();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getLicenseState <em>License State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>License State</em>' attribute.
	 * @see #getLicenseState()
	 * @generated
	 */
	void setLicenseState(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.ClinicianRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.casenotes.model.record.ClinicianRole
	 * @see #setRole(ClinicianRole)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_Role()
	 * @model
	 * @generated
	 */
	ClinicianRole getRole();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.casenotes.model.record.ClinicianRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ClinicianRole value);

	/**
	 * Returns the value of the '<em><b>Supervisor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the clinician who reviews and co-signs this clinician's notes, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supervisor Id</em>' attribute.
	 * @see #setSupervisorId(String)
	 * @see org.casenotes.model.record.RecordPackage#getClinician_SupervisorId()
	 * @model
	 * @generated
	 */
	String getSupervisorId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Clinician#getSupervisorId <em>Supervisor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supervisor Id</em>' attribute.
	 * @see #getSupervisorId()
	 * @generated
	 */
	void setSupervisorId(String value);

} // Clinician
