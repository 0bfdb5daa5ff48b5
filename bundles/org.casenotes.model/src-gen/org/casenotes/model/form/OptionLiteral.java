/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Option Literal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A choice option id, compared with the value of a single-choice field.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.OptionLiteral#getOptionId <em>Option Id</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getOptionLiteral()
 * @model
 * @generated
 */
public interface OptionLiteral extends Literal {
	/**
	 * Returns the value of the '<em><b>Option Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Option Id</em>' attribute.
	 * @see #setOptionId(String)
	 * @see org.casenotes.model.form.FormPackage#getOptionLiteral_OptionId()
	 * @model
	 * @generated
	 */
	String getOptionId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.OptionLiteral#getOptionId <em>Option Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option Id</em>' attribute.
	 * @see #getOptionId()
	 * @generated
	 */
	void setOptionId(String value);

} // OptionLiteral
