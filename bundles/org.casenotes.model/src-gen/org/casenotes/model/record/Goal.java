/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Goal#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.casenotes.model.record.Goal#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.Goal#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.Goal#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends Identified {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.casenotes.model.record.RecordPackage#getGoal_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Goal#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getGoal_TargetDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Goal#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.GoalStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.GoalStatus
	 * @see #setStatus(GoalStatus)
	 * @see org.casenotes.model.record.RecordPackage#getGoal_Status()
	 * @model
	 * @generated
	 */
	GoalStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Goal#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.GoalStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(GoalStatus value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getGoal_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

} // Goal
