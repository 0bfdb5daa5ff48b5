/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signing Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.SigningWindow#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.casenotes.model.form.SigningWindow#getUnit <em>Unit</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getSigningWindow()
 * @model
 * @generated
 */
public interface SigningWindow extends EObject {
	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(int)
	 * @see org.casenotes.model.form.FormPackage#getSigningWindow_Amount()
	 * @model
	 * @generated
	 */
	int getAmount();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SigningWindow#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(int value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.form.WindowUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see org.casenotes.model.form.WindowUnit
	 * @see #setUnit(WindowUnit)
	 * @see org.casenotes.model.form.FormPackage#getSigningWindow_Unit()
	 * @model
	 * @generated
	 */
	WindowUnit getUnit();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.SigningWindow#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see org.casenotes.model.form.WindowUnit
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(WindowUnit value);

} // SigningWindow
