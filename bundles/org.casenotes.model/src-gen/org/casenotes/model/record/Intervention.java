/**
 */
package org.casenotes.model.record;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Intervention#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.record.Intervention#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.casenotes.model.record.Intervention#getResponsibleClinicianId <em>Responsible Clinician Id</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.casenotes.model.record.RecordPackage#getIntervention_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Intervention#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see #setFrequency(String)
	 * @see org.casenotes.model.record.RecordPackage#getIntervention_Frequency()
	 * @model
	 * @generated
	 */
	String getFrequency();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Intervention#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Clinician Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible Clinician Id</em>' attribute.
	 * @see #setResponsibleClinicianId(String)
	 * @see org.casenotes.model.record.RecordPackage#getIntervention_ResponsibleClinicianId()
	 * @model
	 * @generated
	 */
	String getResponsibleClinicianId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Intervention#getResponsibleClinicianId <em>Responsible Clinician Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Clinician Id</em>' attribute.
	 * @see #getResponsibleClinicianId()
	 * @generated
	 */
	void setResponsibleClinicianId(String value);

} // Intervention
