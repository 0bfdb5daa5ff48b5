/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Configuration</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the rule engine treats notes written on this form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.RuleConfiguration#getRulePacks <em>Rule Packs</em>}</li>
 *   <li>{@link org.casenotes.model.form.RuleConfiguration#getSeverityOverrides <em>Severity Overrides</em>}</li>
 *   <li>{@link org.casenotes.model.form.RuleConfiguration#getSigningWindow <em>Signing Window</em>}</li>
 *   <li>{@link org.casenotes.model.form.RuleConfiguration#getApprovedTerms <em>Approved Terms</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getRuleConfiguration()
 * @model
 * @generated
 */
public interface RuleConfiguration extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule Packs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Packs</em>' attribute list.
	 * @see org.casenotes.model.form.FormPackage#getRuleConfiguration_RulePacks()
	 * @model
	 * @generated
	 */
	EList<String> getRulePacks();

	/**
	 * Returns the value of the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.SeverityOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity Overrides</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getRuleConfiguration_SeverityOverrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<SeverityOverride> getSeverityOverrides();

	/**
	 * Returns the value of the '<em><b>Signing Window</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time after the session within which a note must be signed; null means the agency default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signing Window</em>' containment reference.
	 * @see #setSigningWindow(SigningWindow)
	 * @see org.casenotes.model.form.FormPackage#getRuleConfiguration_SigningWindow()
	 * @model containment="true"
	 * @generated
	 */
	SigningWindow getSigningWindow();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.RuleConfiguration#getSigningWindow <em>Signing Window</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signing Window</em>' containment reference.
	 * @see #getSigningWindow()
	 * @generated
	 */
	void setSigningWindow(SigningWindow value);

	/**
	 * Returns the value of the '<em><b>Approved Terms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Agency-approved terms that language lints accept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Terms</em>' attribute list.
	 * @see org.casenotes.model.form.FormPackage#getRuleConfiguration_ApprovedTerms()
	 * @model
	 * @generated
	 */
	EList<String> getApprovedTerms();

} // RuleConfiguration
