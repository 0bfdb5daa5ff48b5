/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.Calculation;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calculation</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class CalculationImpl extends ExpressionImpl implements Calculation {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalculationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.CALCULATION;
	}

} //CalculationImpl
