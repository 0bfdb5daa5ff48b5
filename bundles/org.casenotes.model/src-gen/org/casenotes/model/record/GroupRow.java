/**
 */
package org.casenotes.model.record;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Row</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.record.RecordPackage#getGroupRow()
 * @model
 * @generated
 */
public interface GroupRow extends ValueHolder {
} // GroupRow
