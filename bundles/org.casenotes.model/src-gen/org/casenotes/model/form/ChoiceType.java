/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.ChoiceType#isMultiple <em>Multiple</em>}</li>
 *   <li>{@link org.casenotes.model.form.ChoiceType#getOptions <em>Options</em>}</li>
 *   <li>{@link org.casenotes.model.form.ChoiceType#getOptionSetId <em>Option Set Id</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getChoiceType()
 * @model
 * @generated
 */
public interface ChoiceType extends FieldType {
	/**
	 * Returns the value of the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multiple</em>' attribute.
	 * @see #setMultiple(boolean)
	 * @see org.casenotes.model.form.FormPackage#getChoiceType_Multiple()
	 * @model
	 * @generated
	 */
	boolean isMultiple();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.ChoiceType#isMultiple <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multiple</em>' attribute.
	 * @see #isMultiple()
	 * @generated
	 */
	void setMultiple(boolean value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.ChoiceOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getChoiceType_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChoiceOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Option Set Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualified id of the reusable option set the options were copied from, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Option Set Id</em>' attribute.
	 * @see #setOptionSetId(String)
	 * @see org.casenotes.model.form.FormPackage#getChoiceType_OptionSetId()
	 * @model
	 * @generated
	 */
	String getOptionSetId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.ChoiceType#getOptionSetId <em>Option Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option Set Id</em>' attribute.
	 * @see #getOptionSetId()
	 * @generated
	 */
	void setOptionSetId(String value);

} // ChoiceType
