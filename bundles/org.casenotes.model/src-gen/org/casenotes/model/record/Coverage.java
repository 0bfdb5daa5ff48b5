/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Coverage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Insurance or other payer covering the client's services.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Coverage#getPayerName <em>Payer Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#getPayerId <em>Payer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#getGroupNumber <em>Group Number</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.Coverage#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getCoverage()
 * @model
 * @generated
 */
public interface Coverage extends EObject {
	/**
	 * Returns the value of the '<em><b>Payer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Payer Name</em>' attribute.
	 * @see #setPayerName(String)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_PayerName()
	 * @model
	 * @generated
	 */
	String getPayerName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getPayerName <em>Payer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payer Name</em>' attribute.
	 * @see #getPayerName()
	 * @generated
	 */
	void setPayerName(String value);

	/**
	 * Returns the value of the '<em><b>Payer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Payer Id</em>' attribute.
	 * @see #setPayerId(String)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_PayerId()
	 * @model
	 * @generated
	 */
	String getPayerId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getPayerId <em>Payer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payer Id</em>' attribute.
	 * @see #getPayerId()
	 * @generated
	 */
	void setPayerId(String value);

	/**
	 * Returns the value of the '<em><b>Member Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Member Id</em>' attribute.
	 * @see #setMemberId(String)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_MemberId()
	 * @model
	 * @generated
	 */
	String getMemberId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getMemberId <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Member Id</em>' attribute.
	 * @see #getMemberId()
	 * @generated
	 */
	void setMemberId(String value);

	/**
	 * Returns the value of the '<em><b>Group Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Number</em>' attribute.
	 * @see #setGroupNumber(String)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_GroupNumber()
	 * @model
	 * @generated
	 */
	String getGroupNumber();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getGroupNumber <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Number</em>' attribute.
	 * @see #getGroupNumber()
	 * @generated
	 */
	void setGroupNumber(String value);

	/**
	 * Returns the value of the '<em><b>Primary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary</em>' attribute.
	 * @see #setPrimary(boolean)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_Primary()
	 * @model
	 * @generated
	 */
	boolean isPrimary();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#isPrimary <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary</em>' attribute.
	 * @see #isPrimary()
	 * @generated
	 */
	void setPrimary(boolean value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_StartDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getStartDate <em>Start Date</em>}' attribute.
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
	 * @see org.casenotes.model.record.RecordPackage#getCoverage_EndDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Coverage#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

} // Coverage
