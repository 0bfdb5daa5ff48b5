/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FieldTypeImpl extends EObjectImpl implements FieldType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.FIELD_TYPE;
	}

} //FieldTypeImpl
