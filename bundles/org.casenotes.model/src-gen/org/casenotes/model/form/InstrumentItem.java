/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.InstrumentItem#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentItem#getText <em>Text</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentItem#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentItem#getCriticalScore <em>Critical Score</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentItem#getCriticalMessage <em>Critical Message</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getInstrumentItem()
 * @model
 * @generated
 */
public interface InstrumentItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItem_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItem#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItem#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An answer scoring at least criticalScore needs follow-up (e.g. PHQ-9 item 9 above 0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical</em>' attribute.
	 * @see #setCritical(boolean)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItem_Critical()
	 * @model
	 * @generated
	 */
	boolean isCritical();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItem#isCritical <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical</em>' attribute.
	 * @see #isCritical()
	 * @generated
	 */
	void setCritical(boolean value);

	/**
	 * Returns the value of the '<em><b>Critical Score</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Critical Score</em>' attribute.
	 * @see #setCriticalScore(int)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItem_CriticalScore()
	 * @model default="1"
	 * @generated
	 */
	int getCriticalScore();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItem#getCriticalScore <em>Critical Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical Score</em>' attribute.
	 * @see #getCriticalScore()
	 * @generated
	 */
	void setCriticalScore(int value);

	/**
	 * Returns the value of the '<em><b>Critical Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the writer must do when the item is critical, e.g. 'needs a risk assessment and a safety plan today'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical Message</em>' attribute.
	 * @see #setCriticalMessage(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItem_CriticalMessage()
	 * @model
	 * @generated
	 */
	String getCriticalMessage();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItem#getCriticalMessage <em>Critical Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Critical Message</em>' attribute.
	 * @see #getCriticalMessage()
	 * @generated
	 */
	void setCriticalMessage(String value);

} // InstrumentItem
