/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Item Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The score answered for one item of an embedded instrument.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.InstrumentItemValue#getBlock <em>Block</em>}</li>
 *   <li>{@link org.casenotes.model.form.InstrumentItemValue#getItem <em>Item</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getInstrumentItemValue()
 * @model
 * @generated
 */
public interface InstrumentItemValue extends Expression {
	/**
	 * Returns the value of the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block</em>' reference.
	 * @see #setBlock(InstrumentBlock)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItemValue_Block()
	 * @model required="true"
	 * @generated
	 */
	InstrumentBlock getBlock();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItemValue#getBlock <em>Block</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' reference.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(InstrumentBlock value);

	/**
	 * Returns the value of the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item</em>' reference.
	 * @see #setItem(InstrumentItem)
	 * @see org.casenotes.model.form.FormPackage#getInstrumentItemValue_Item()
	 * @model required="true"
	 * @generated
	 */
	InstrumentItem getItem();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.InstrumentItemValue#getItem <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item</em>' reference.
	 * @see #getItem()
	 * @generated
	 */
	void setItem(InstrumentItem value);

} // InstrumentItemValue
