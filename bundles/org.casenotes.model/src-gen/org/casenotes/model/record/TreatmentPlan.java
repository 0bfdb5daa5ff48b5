/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Treatment Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getNextReviewDate <em>Next Review Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getNoteId <em>Note Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.TreatmentPlan#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan()
 * @model
 * @generated
 */
public interface TreatmentPlan extends Identified {
	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_Version()
	 * @model
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.PlanStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.PlanStatus
	 * @see #setStatus(PlanStatus)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_Status()
	 * @model
	 * @generated
	 */
	PlanStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.PlanStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(PlanStatus value);

	/**
	 * Returns the value of the '<em><b>Effective Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effective Date</em>' attribute.
	 * @see #setEffectiveDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_EffectiveDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getEffectiveDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getEffectiveDate <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effective Date</em>' attribute.
	 * @see #getEffectiveDate()
	 * @generated
	 */
	void setEffectiveDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Next Review Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Review Date</em>' attribute.
	 * @see #setNextReviewDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_NextReviewDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getNextReviewDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getNextReviewDate <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Review Date</em>' attribute.
	 * @see #getNextReviewDate()
	 * @generated
	 */
	void setNextReviewDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_AuthorId()
	 * @model
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The signed treatment-plan or plan-review note this version was made from, or null for a version saved in the plan editor. A note makes at most one version.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note Id</em>' attribute.
	 * @see #setNoteId(String)
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_NoteId()
	 * @model
	 * @generated
	 */
	String getNoteId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.TreatmentPlan#getNoteId <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Id</em>' attribute.
	 * @see #getNoteId()
	 * @generated
	 */
	void setNoteId(String value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Problem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Problems</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getTreatmentPlan_Problems()
	 * @model containment="true"
	 * @generated
	 */
	EList<Problem> getProblems();

} // TreatmentPlan
