/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sum</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sum of numbers and option scores; unanswered terms count as absent.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.Sum#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getSum()
 * @model
 * @generated
 */
public interface Sum extends Calculation {
	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Expression}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getSum_Terms()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EList<Expression> getTerms();

} // Sum
