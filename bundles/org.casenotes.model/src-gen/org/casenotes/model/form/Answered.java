/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answered</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Holds when the subject has a non-empty value.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Answered#getSubject <em>Subject</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getAnswered()
 * @model
 * @generated
 */
public interface Answered extends Condition {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' containment reference.
	 * @see #setSubject(Expression)
	 * @see org.casenotes.model.form.FormPackage#getAnswered_Subject()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Expression getSubject();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Answered#getSubject <em>Subject</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' containment reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Expression value);

} // Answered
