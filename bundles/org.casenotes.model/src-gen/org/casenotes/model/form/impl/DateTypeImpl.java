/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.DateType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Date Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DateTypeImpl extends FieldTypeImpl implements DateType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DateTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.DATE_TYPE;
	}

} //DateTypeImpl
