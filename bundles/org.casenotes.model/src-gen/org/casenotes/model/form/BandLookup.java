/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Band Lookup</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps a score to the label of the band its value falls in.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.BandLookup#getSource <em>Source</em>}</li>
 *   <li>{@link org.casenotes.model.form.BandLookup#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getBandLookup()
 * @model
 * @generated
 */
public interface BandLookup extends Calculation {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(Expression)
	 * @see org.casenotes.model.form.FormPackage#getBandLookup_Source()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Expression getSource();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.BandLookup#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Expression value);

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Band}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getBandLookup_Bands()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Band> getBands();

} // BandLookup
