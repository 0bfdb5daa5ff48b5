/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The organisation whose caseload this is; the root of the normal clinical record. Psychotherapy notes are not reachable from here.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Agency#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Agency#getAddress <em>Address</em>}</li>
 *   <li>{@link org.casenotes.model.record.Agency#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.casenotes.model.record.Agency#getSigningWindowDays <em>Signing Window Days</em>}</li>
 *   <li>{@link org.casenotes.model.record.Agency#getClinicians <em>Clinicians</em>}</li>
 *   <li>{@link org.casenotes.model.record.Agency#getClients <em>Clients</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getAgency()
 * @model
 * @generated
 */
public interface Agency extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.casenotes.model.record.RecordPackage#getAgency_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Agency#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.casenotes.model.record.RecordPackage#getAgency_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Agency#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.casenotes.model.record.RecordPackage#getAgency_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Agency#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Signing Window Days</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default number of days after the session within which notes must be signed; a form's rule configuration may set its own window.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signing Window Days</em>' attribute.
	 * @see #setSigningWindowDays(int)
	 * @see org.casenotes.model.record.RecordPackage#getAgency_SigningWindowDays()
	 * @model default="3"
	 * @generated
	 */
	int getSigningWindowDays();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Agency#getSigningWindowDays <em>Signing Window Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signing Window Days</em>' attribute.
	 * @see #getSigningWindowDays()
	 * @generated
	 */
	void setSigningWindowDays(int value);

	/**
	 * Returns the value of the '<em><b>Clinicians</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Clinician}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinicians</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getAgency_Clinicians()
	 * @model containment="true"
	 * @generated
	 */
	EList<Clinician> getClinicians();

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getAgency_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Client> getClients();

} // Agency
