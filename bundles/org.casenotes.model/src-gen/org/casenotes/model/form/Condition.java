/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A yes/no test over the values of a note.
 * <!-- end-model-doc -->
 *
 *
 * @see org.casenotes.model.form.FormPackage#getCondition()
 * @model abstract="true"
 * @generated
 */
public interface Condition extends EObject {
} // Condition
