/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A standardized measure embedded in the form. Answers are keyed by the block id and the item id.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.InstrumentBlock#getInstrument <em>Instrument</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentBlock#isRequired <em>Required</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getInstrumentBlock()
 * @model
 * @generated
 */
public interface InstrumentBlock extends FormElement {
	/**
	 * Returns the value of the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument</em>' reference.
	 * @see #setInstrument(Instrument)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentBlock_Instrument()
	 * @model required="true"
	 * @generated
	 */
	Instrument getInstrument();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentBlock#getInstrument <em>Instrument</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument</em>' reference.
	 * @see #getInstrument()
	 * @generated
	 */
	void setInstrument(Instrument value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentBlock_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentBlock#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

} // InstrumentBlock
