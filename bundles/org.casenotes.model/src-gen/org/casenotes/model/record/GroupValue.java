/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rows entered for one repeatable group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.GroupValue#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.GroupValue#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getGroupValue()
 * @model
 * @generated
 */
public interface GroupValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Id</em>' attribute.
	 * @see #setGroupId(String)
	 * @see org.casenotes.model.record.RecordPackage#getGroupValue_GroupId()
	 * @model required="true"
	 * @generated
	 */
	String getGroupId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.GroupValue#getGroupId <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Id</em>' attribute.
	 * @see #getGroupId()
	 * @generated
	 */
	void setGroupId(String value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.GroupRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getGroupValue_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupRow> getRows();

} // GroupValue
