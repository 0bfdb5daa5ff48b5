/**
 */
package org.casenotes.model.record;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One administration of a standardized measure, e.g. a PHQ-9 score.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getInstrumentId <em>Instrument Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getAdministeredOn <em>Administered On</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getNoteId <em>Note Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getTotal <em>Total</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getBand <em>Band</em>}</li>
 *   <li>{@link org.casenotes.model.record.MeasureResult#getCriticalItemIds <em>Critical Item Ids</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getMeasureResult()
 * @model
 * @generated
 */
public interface MeasureResult extends Identified {
	/**
	 * Returns the value of the '<em><b>Instrument Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instrument Id</em>' attribute.
	 * @see #setInstrumentId(String)
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_InstrumentId()
	 * @model required="true"
	 * @generated
	 */
	String getInstrumentId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.MeasureResult#getInstrumentId <em>Instrument Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instrument Id</em>' attribute.
	 * @see #getInstrumentId()
	 * @generated
	 */
	void setInstrumentId(String value);

	/**
	 * Returns the value of the '<em><b>Administered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Administered On</em>' attribute.
	 * @see #setAdministeredOn(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_AdministeredOn()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getAdministeredOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.MeasureResult#getAdministeredOn <em>Administered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Administered On</em>' attribute.
	 * @see #getAdministeredOn()
	 * @generated
	 */
	void setAdministeredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Note Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note Id</em>' attribute.
	 * @see #setNoteId(String)
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_NoteId()
	 * @model
	 * @generated
	 */
	String getNoteId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.MeasureResult#getNoteId <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note Id</em>' attribute.
	 * @see #getNoteId()
	 * @generated
	 */
	void setNoteId(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.ItemAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Total</em>' attribute.
	 * @see #setTotal(Integer)
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_Total()
	 * @model
	 * @generated
	 */
	Integer getTotal();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.MeasureResult#getTotal <em>Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total</em>' attribute.
	 * @see #getTotal()
	 * @generated
	 */
	void setTotal(Integer value);

	/**
	 * Returns the value of the '<em><b>Band</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Band</em>' attribute.
	 * @see #setBand(String)
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_Band()
	 * @model
	 * @generated
	 */
	String getBand();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.MeasureResult#getBand <em>Band</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Band</em>' attribute.
	 * @see #getBand()
	 * @generated
	 */
	void setBand(String value);

	/**
	 * Returns the value of the '<em><b>Critical Item Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Items answered at or above their critical score when the measure was given (e.g. PHQ-9 item 9, thoughts of self-harm), kept with the result so the record shows them whatever later versions of the instrument say.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Critical Item Ids</em>' attribute list.
	 * @see org.casenotes.model.record.RecordPackage#getMeasureResult_CriticalItemIds()
	 * @model
	 * @generated
	 */
	EList<String> getCriticalItemIds();

} // MeasureResult
