/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value of one form field. Instrument answers are choice values whose field id is '<instrument block id>.<item id>'.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.FieldValue#getFieldId <em>Field Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.FieldValue#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.casenotes.model.record.FieldValue#getCarriedFromNoteId <em>Carried From Note Id</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getFieldValue()
 * @model abstract="true"
 * @generated
 */
public interface FieldValue extends EObject {
	/**
	 * Returns the value of the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Id</em>' attribute.
	 * @see #setFieldId(String)
	 * @see org.casenotes.model.record.RecordPackage#getFieldValue_FieldId()
	 * @model required="true"
	 * @generated
	 */
	String getFieldId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.FieldValue#getFieldId <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Id</em>' attribute.
	 * @see #getFieldId()
	 * @generated
	 */
	void setFieldId(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.ValueProvenance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute.
	 * @see org.casenotes.model.record.ValueProvenance
	 * @see #setProvenance(ValueProvenance)
	 * @see org.casenotes.model.record.RecordPackage#getFieldValue_Provenance()
	 * @model
	 * @generated
	 */
	ValueProvenance getProvenance();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.FieldValue#getProvenance <em>Provenance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provenance</em>' attribute.
	 * @see org.casenotes.model.record.ValueProvenance
	 * @see #getProvenance()
	 * @generated
	 */
	void setProvenance(ValueProvenance value);

	/**
	 * Returns the value of the '<em><b>Carried From Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earlier note the value was copied from, when carried forward.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carried From Note Id</em>' attribute.
	 * @see #setCarriedFromNoteId(String)
	 * @see org.casenotes.model.record.RecordPackage#getFieldValue_CarriedFromNoteId()
	 * @model
	 * @generated
	 */
	String getCarriedFromNoteId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.FieldValue#getCarriedFromNoteId <em>Carried From Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried From Note Id</em>' attribute.
	 * @see #getCarriedFromNoteId()
	 * @generated
	 */
	void setCarriedFromNoteId(String value);

} // FieldValue
