/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element Container</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Anything that holds an ordered list of form elements: the form itself, a section, a repeatable group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.ElementContainer#getElements <em>Elements</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getElementContainer()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface ElementContainer extends EObject {
	/**
	 * Returns the value of the '<em><b>Elements</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.FormElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elements</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getElementContainer_Elements()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormElement> getElements();

} // ElementContainer
