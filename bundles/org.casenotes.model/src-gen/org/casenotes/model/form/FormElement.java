/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A part of a form. Its id is stable across template versions and unique within the flattened form.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.FormElement#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormElement#getLabel <em>Label</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormElement#getShownWhen <em>Shown When</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getFormElement()
 * @model abstract="true"
 * @generated
 */
public interface FormElement extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.casenotes.model.form.FormPackage#getFormElement_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormElement#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.casenotes.model.form.FormPackage#getFormElement_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormElement#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When set, the element is shown (and checked) only while the condition holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shown When</em>' containment reference.
	 * @see #setShownWhen(Condition)
	 * @see org.casenotes.model.form.FormPackage#getFormElement_ShownWhen()
	 * @model containment="true"
	 * @generated
	 */
	Condition getShownWhen();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormElement#getShownWhen <em>Shown When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shown When</em>' containment reference.
	 * @see #getShownWhen()
	 * @generated
	 */
	void setShownWhen(Condition value);

} // FormElement
