/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Severity Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.SeverityOverride#getRuleId <em>Rule Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.SeverityOverride#getSeverity <em>Severity</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getSeverityOverride()
 * @model
 * @generated
 */
public interface SeverityOverride extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Id</em>' attribute.
	 * @see #setRuleId(String)
	 * @see org.casenotes.model.form.FormPackage#getSeverityOverride_RuleId()
	 * @model required="true"
	 * @generated
	 */
	String getRuleId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SeverityOverride#getRuleId <em>Rule Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Id</em>' attribute.
	 * @see #getRuleId()
	 * @generated
	 */
	void setRuleId(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.form.RuleSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.casenotes.model.form.RuleSeverity
	 * @see #setSeverity(RuleSeverity)
	 * @see org.casenotes.model.form.FormPackage#getSeverityOverride_Severity()
	 * @model
	 * @generated
	 */
	RuleSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SeverityOverride#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.casenotes.model.form.RuleSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(RuleSeverity value);

} // SeverityOverride
