/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Details</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.ContactDetails#getPhone <em>Phone</em>}</li>
 *   <li>{@link org.casenotes.model.record.ContactDetails#getEmail <em>Email</em>}</li>
 *   <li>{@link org.casenotes.model.record.ContactDetails#getAddress <em>Address</em>}</li>
 *   <li>{@link org.casenotes.model.record.ContactDetails#isMayLeaveMessage <em>May Leave Message</em>}</li>
 *   <li>{@link org.casenotes.model.record.ContactDetails#getEmergencyContactName <em>Emergency Contact Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.ContactDetails#getEmergencyContactPhone <em>Emergency Contact Phone</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getContactDetails()
 * @model
 * @generated
 */
public interface ContactDetails extends EObject {
	/**
	 * Returns the value of the '<em><b>Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phone</em>' attribute.
	 * @see #setPhone(String)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_Phone()
	 * @model
	 * @generated
	 */
	String getPhone();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#getPhone <em>Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phone</em>' attribute.
	 * @see #getPhone()
	 * @generated
	 */
	void setPhone(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_Address()
	 * @model
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>May Leave Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>May Leave Message</em>' attribute.
	 * @see #setMayLeaveMessage(boolean)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_MayLeaveMessage()
	 * @model
	 * @generated
	 */
	boolean isMayLeaveMessage();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#isMayLeaveMessage <em>May Leave Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>May Leave Message</em>' attribute.
	 * @see #isMayLeaveMessage()
	 * @generated
	 */
	void setMayLeaveMessage(boolean value);

	/**
	 * Returns the value of the '<em><b>Emergency Contact Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emergency Contact Name</em>' attribute.
	 * @see #setEmergencyContactName(String)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_EmergencyContactName()
	 * @model
	 * @generated
	 */
	String getEmergencyContactName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#getEmergencyContactName <em>Emergency Contact Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Contact Name</em>' attribute.
	 * @see #getEmergencyContactName()
	 * @generated
	 */
	void setEmergencyContactName(String value);

	/**
	 * Returns the value of the '<em><b>Emergency Contact Phone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Emergency Contact Phone</em>' attribute.
	 * @see #setEmergencyContactPhone(String)
	 * @see org.casenotes.model.record.RecordPackage#getContactDetails_EmergencyContactPhone()
	 * @model
	 * @generated
	 */
	String getEmergencyContactPhone();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ContactDetails#getEmergencyContactPhone <em>Emergency Contact Phone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Emergency Contact Phone</em>' attribute.
	 * @see #getEmergencyContactPhone()
	 * @generated
	 */
	void setEmergencyContactPhone(String value);

} // ContactDetails
