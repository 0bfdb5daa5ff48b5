/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Problem</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Problem#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.casenotes.model.record.Problem#getDiagnosisCode <em>Diagnosis Code</em>}</li>
 *   <li>{@link org.casenotes.model.record.Problem#getGoals <em>Goals</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getProblem()
 * @model
 * @generated
 */
public interface Problem extends Identified {
	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.casenotes.model.record.RecordPackage#getProblem_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Problem#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Diagnosis Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnosis Code</em>' attribute.
	 * @see #setDiagnosisCode(String)
	 * @see org.casenotes.model.record.RecordPackage#getProblem_DiagnosisCode()
	 * @model
	 * @generated
	 */
	String getDiagnosisCode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Problem#getDiagnosisCode <em>Diagnosis Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnosis Code</em>' attribute.
	 * @see #getDiagnosisCode()
	 * @generated
	 */
	void setDiagnosisCode(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getProblem_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

} // Problem
