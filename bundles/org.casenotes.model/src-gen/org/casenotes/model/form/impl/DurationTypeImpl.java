/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Duration Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DurationTypeImpl extends FieldTypeImpl implements DurationType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DurationTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.DURATION_TYPE;
	}

} //DurationTypeImpl
