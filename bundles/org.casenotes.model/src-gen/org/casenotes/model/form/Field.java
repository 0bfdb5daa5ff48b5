/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Field#getHint <em>Hint</em>}</li>
 *   <li>{@link org.casenotes.model.form.Field#isRequired <em>Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.Field#getRequiredWhen <em>Required When</em>}</li>
 *   <li>{@link org.casenotes.model.form.Field#isClientWords <em>Client Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.Field#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getField()
 * @model
 * @generated
 */
public interface Field extends FormElement, ValueElement {
	/**
	 * Returns the value of the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hint</em>' attribute.
	 * @see #setHint(String)
	 * @see org.casenotes.model.form.FormPackage#getField_Hint()
	 * @model
	 * @generated
	 */
	String getHint();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Field#getHint <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hint</em>' attribute.
	 * @see #getHint()
	 * @generated
	 */
	void setHint(String value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.casenotes.model.form.FormPackage#getField_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Field#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Required When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the field is required while the condition holds (in addition to 'required').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required When</em>' containment reference.
	 * @see #setRequiredWhen(Condition)
	 * @see org.casenotes.model.form.FormPackage#getField_RequiredWhen()
	 * @model containment="true"
	 * @generated
	 */
	Condition getRequiredWhen();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Field#getRequiredWhen <em>Required When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required When</em>' containment reference.
	 * @see #getRequiredWhen()
	 * @generated
	 */
	void setRequiredWhen(Condition value);

	/**
	 * Returns the value of the '<em><b>Client Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The field records the client's own words; language lints do not treat them as the writer's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Words</em>' attribute.
	 * @see #setClientWords(boolean)
	 * @see org.casenotes.model.form.FormPackage#getField_ClientWords()
	 * @model
	 * @generated
	 */
	boolean isClientWords();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Field#isClientWords <em>Client Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Words</em>' attribute.
	 * @see #isClientWords()
	 * @generated
	 */
	void setClientWords(boolean value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' containment reference.
	 * @see #setType(FieldType)
	 * @see org.casenotes.model.form.FormPackage#getField_Type()
	 * @model containment="true" required="true"
	 * @generated
	 */
	FieldType getType();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Field#getType <em>Type</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' containment reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(FieldType value);

} // Field
