/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A form element that has a value conditions and calculations can read: a field or a calculated value.
 * <!-- end-model-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getValueElement()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface ValueElement extends EObject {
} // ValueElement
