/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Total</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The total score of an embedded instrument (sum of its item scores).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.InstrumentTotal#getBlock <em>Block</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getInstrumentTotal()
 * @model
 * @generated
 */
public interface InstrumentTotal extends Expression {
	/**
	 * Returns the value of the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block</em>' reference.
	 * @see #setBlock(InstrumentBlock)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentTotal_Block()
	 * @model required="true"
	 * @generated
	 */
	InstrumentBlock getBlock();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentTotal#getBlock <em>Block</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' reference.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(InstrumentBlock value);

} // InstrumentTotal
