/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Type</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getFieldType()
 * @model abstract="true"
 * @generated
 */
public interface FieldType extends EObject {
} // FieldType
