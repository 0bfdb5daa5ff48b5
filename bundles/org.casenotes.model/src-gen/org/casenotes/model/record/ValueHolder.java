/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Holder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Holds typed values keyed by form field id: a note, or one row of a repeatable group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.ValueHolder#getValues <em>Values</em>}</li>
 *   <li>{@link org.casenotes.model.record.ValueHolder#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getValueHolder()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface ValueHolder extends EObject {
	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.FieldValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values of fields, at most one per field id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getValueHolder_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldValue> getValues();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.GroupValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rows of repeatable groups, at most one entry per group id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getValueHolder_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<GroupValue> getGroups();

} // ValueHolder
