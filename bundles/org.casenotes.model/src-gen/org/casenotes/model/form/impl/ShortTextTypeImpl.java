/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.ShortTextType;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Short Text Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ShortTextTypeImpl extends TextTypeImpl implements ShortTextType {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShortTextTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.SHORT_TEXT_TYPE;
	}

} //ShortTextTypeImpl
