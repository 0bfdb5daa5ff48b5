/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Date Time Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DateTimeTypeImpl extends FieldTypeImpl implements DateTimeType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DateTimeTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.DATE_TIME_TYPE;
	}

} //DateTimeTypeImpl
