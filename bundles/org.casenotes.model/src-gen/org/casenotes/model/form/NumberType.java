/**
 */
package org.casenotes.model.form;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Number Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.NumberType#getNumberKind <em>Number Kind</em>}</li>
 *   <li>{@link org.casenotes.model.form.NumberType#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.casenotes.model.form.NumberType#getMin <em>Min</em>}</li>
 *   <li>{@link org.casenotes.model.form.NumberType#getMax <em>Max</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getNumberType()
 * @model
 * @generated
 */
public interface NumberType extends FieldType {
	/**
	 * Returns the value of the '<em><b>Number Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.form.NumberKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Kind</em>' attribute.
	 * @see org.casenotes.model.form.NumberKind
	 * @see #setNumberKind(NumberKind)
	 * @see org.casenotes.model.form.FormPackage#getNumberType_NumberKind()
	 * @model
	 * @generated
	 */
	NumberKind getNumberKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.NumberType#getNumberKind <em>Number Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Kind</em>' attribute.
	 * @see org.casenotes.model.form.NumberKind
	 * @see #getNumberKind()
	 * @generated
	 */
	void setNumberKind(NumberKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.casenotes.model.form.FormPackage#getNumberType_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.NumberType#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Smallest allowed value (inclusive), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(BigDecimal)
	 * @see org.casenotes.model.form.FormPackage#getNumberType_Min()
	 * @model
	 * @generated
	 */
	BigDecimal getMin();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.NumberType#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Largest allowed value (inclusive), or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(BigDecimal)
	 * @see org.casenotes.model.form.FormPackage#getNumberType_Max()
	 * @model
	 * @generated
	 */
	BigDecimal getMax();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.NumberType#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(BigDecimal value);

} // NumberType
