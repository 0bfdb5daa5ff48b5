/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnosis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Diagnosis#getIcd10Code <em>Icd10 Code</em>}</li>
 *   <li>{@link org.casenotes.model.record.Diagnosis#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.record.Diagnosis#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.casenotes.model.record.Diagnosis#getDiagnosedOn <em>Diagnosed On</em>}</li>
 *   <li>{@link org.casenotes.model.record.Diagnosis#getResolvedOn <em>Resolved On</em>}</li>
 *   <li>{@link org.casenotes.model.record.Diagnosis#getOnsetOn <em>Onset On</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getDiagnosis()
 * @model
 * @generated
 */
public interface Diagnosis extends Identified {
	/**
	 * Returns the value of the '<em><b>Icd10 Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icd10 Code</em>' attribute.
	 * @see #setIcd10Code(String)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_Icd10Code()
	 * @model required="true"
	 * @generated
	 */
	String getIcd10Code();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#getIcd10Code <em>Icd10 Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icd10 Code</em>' attribute.
	 * @see #getIcd10Code()
	 * @generated
	 */
	void setIcd10Code(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Diagnosed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnosed On</em>' attribute.
	 * @see #setDiagnosedOn(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_DiagnosedOn()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getDiagnosedOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#getDiagnosedOn <em>Diagnosed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosed On</em>' attribute.
	 * @see #getDiagnosedOn()
	 * @generated
	 */
	void setDiagnosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Resolved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resolved On</em>' attribute.
	 * @see #setResolvedOn(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_ResolvedOn()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getResolvedOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#getResolvedOn <em>Resolved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resolved On</em>' attribute.
	 * @see #getResolvedOn()
	 * @generated
	 */
	void setResolvedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Onset On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the condition began, as far as known; often before it was diagnosed (diagnosedOn).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onset On</em>' attribute.
	 * @see #setOnsetOn(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getDiagnosis_OnsetOn()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getOnsetOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Diagnosis#getOnsetOn <em>Onset On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onset On</em>' attribute.
	 * @see #getOnsetOn()
	 * @generated
	 */
	void setOnsetOn(LocalDate value);

} // Diagnosis
