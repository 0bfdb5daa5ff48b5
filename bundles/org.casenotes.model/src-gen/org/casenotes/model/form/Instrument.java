/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A standardized measure such as PHQ-9: items answered on one scale, a total, severity bands and critical items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Instrument#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getSource <em>Source</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getItems <em>Items</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getScale <em>Scale</em>}</li>
 *   <li>{@link org.casenotes.model.form.Instrument#getSeverityBands <em>Severity Bands</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getInstrument()
 * @model
 * @generated
 */
public interface Instrument extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Instrument#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Instrument#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Instructions()
	 * @model
	 * @generated
	 */
	String getInstructions();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Instrument#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Citation and licence of the instrument.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.Instrument#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.InstrumentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Items()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<InstrumentItem> getItems();

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.ChoiceOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer scale shared by all items; each option carries its score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getInstrument_Scale()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<ChoiceOption> getScale();

	/**
	 * Returns the value of the '<em><b>Severity Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity Bands</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getInstrument_SeverityBands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Band> getSeverityBands();

} // Instrument
