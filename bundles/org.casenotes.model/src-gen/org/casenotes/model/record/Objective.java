/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measurable step toward a goal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Objective#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.casenotes.model.record.Objective#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.casenotes.model.record.Objective#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.Objective#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.Objective#getInterventions <em>Interventions</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends Identified {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.casenotes.model.record.RecordPackage#getObjective_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Objective#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How progress is measured, e.g. PHQ-9 total below 10.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.casenotes.model.record.RecordPackage#getObjective_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Objective#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getObjective_TargetDate()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Objective#getTargetDate <em>Target Date</em>}' attribute.
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
	 * @see org.casenotes.model.record.RecordPackage#getObjective_Status()
	 * @model
	 * @generated
	 */
	GoalStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Objective#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.GoalStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(GoalStatus value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getObjective_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

} // Objective
