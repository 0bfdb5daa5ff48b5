/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Repeatable Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A block of elements entered once per row, e.g. one row per treatment-plan goal addressed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.RepeatableGroup#getHint <em>Hint</em>}</li>
 *   <li>{@link org.casenotes.model.form.RepeatableGroup#getMinRows <em>Min Rows</em>}</li>
 *   <li>{@link org.casenotes.model.form.RepeatableGroup#getMaxRows <em>Max Rows</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getRepeatableGroup()
 * @model
 * @generated
 */
public interface RepeatableGroup extends FormElement, ElementContainer {
	/**
	 * Returns the value of the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hint</em>' attribute.
	 * @see #setHint(String)
	 * @see org.casenotes.model.form.FormPackage#getRepeatableGroup_Hint()
	 * @model
	 * @generated
	 */
	String getHint();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.RepeatableGroup#getHint <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hint</em>' attribute.
	 * @see #getHint()
	 * @generated
	 */
	void setHint(String value);

	/**
	 * Returns the value of the '<em><b>Min Rows</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Rows</em>' attribute.
	 * @see #setMinRows(int)
	 * @see org.casenotes.model.form.FormPackage#getRepeatableGroup_MinRows()
	 * @model default="0"
	 * @generated
	 */
	int getMinRows();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.RepeatableGroup#getMinRows <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Rows</em>' attribute.
	 * @see #getMinRows()
	 * @generated
	 */
	void setMinRows(int value);

	/**
	 * Returns the value of the '<em><b>Max Rows</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest number of rows; -1 means unbounded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Rows</em>' attribute.
	 * @see #setMaxRows(int)
	 * @see org.casenotes.model.form.FormPackage#getRepeatableGroup_MaxRows()
	 * @model default="-1"
	 * @generated
	 */
	int getMaxRows();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.RepeatableGroup#getMaxRows <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Rows</em>' attribute.
	 * @see #getMaxRows()
	 * @generated
	 */
	void setMaxRows(int value);

} // RepeatableGroup
