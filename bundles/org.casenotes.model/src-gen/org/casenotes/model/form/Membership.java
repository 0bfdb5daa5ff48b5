/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Holds when the chosen option (any chosen option, for a multiple choice) is one of the listed ids: 'progress in [plateau, setback]'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Membership#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.casenotes.model.form.Membership#getOptionIds <em>Option Ids</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getMembership()
 * @model
 * @generated
 */
public interface Membership extends Condition {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' containment reference.
	 * @see #setSubject(Expression)
	 * @see org.casenotes.model.form.FormPackage#getMembership_Subject()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Expression getSubject();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Membership#getSubject <em>Subject</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' containment reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Expression value);

	/**
	 * Returns the value of the '<em><b>Option Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Option Ids</em>' attribute list.
	 * @see org.casenotes.model.form.FormPackage#getMembership_OptionIds()
	 * @model required="true"
	 * @generated
	 */
	EList<String> getOptionIds();

} // Membership
