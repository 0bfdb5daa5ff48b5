/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Choice Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.ChoiceTypeImpl#isMultiple <em>Multiple</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.ChoiceTypeImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.ChoiceTypeImpl#getOptionSetId <em>Option Set Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChoiceTypeImpl extends FieldTypeImpl implements ChoiceType {
	/**
	 * The default value of the '{@link #isMultiple() <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiple()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MULTIPLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isMultiple() <em>Multiple</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMultiple()
	 * @generated
	 * @ordered
	 */
	protected boolean multiple = MULTIPLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<ChoiceOption> options;

	/**
	 * The default value of the '{@link #getOptionSetId() <em>Option Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionSetId()
	 * @generated
	 * @ordered
	 */
	protected static final String OPTION_SET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOptionSetId() <em>Option Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptionSetId()
	 * @generated
	 * @ordered
	 */
	protected String optionSetId = OPTION_SET_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChoiceTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.CHOICE_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMultiple() {
		return multiple;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultiple(boolean newMultiple) {
		boolean oldMultiple = multiple;
		multiple = newMultiple;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CHOICE_TYPE__MULTIPLE, oldMultiple, multiple));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ChoiceOption> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<ChoiceOption>(ChoiceOption.class, this, FormPackage.CHOICE_TYPE__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOptionSetId() {
		return optionSetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOptionSetId(String newOptionSetId) {
		String oldOptionSetId = optionSetId;
		optionSetId = newOptionSetId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CHOICE_TYPE__OPTION_SET_ID, oldOptionSetId, optionSetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.CHOICE_TYPE__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.CHOICE_TYPE__MULTIPLE:
				return isMultiple();
			case FormPackage.CHOICE_TYPE__OPTIONS:
				return getOptions();
			case FormPackage.CHOICE_TYPE__OPTION_SET_ID:
				return getOptionSetId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FormPackage.CHOICE_TYPE__MULTIPLE:
				setMultiple((Boolean)newValue);
				return;
			case FormPackage.CHOICE_TYPE__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends ChoiceOption>)newValue);
				return;
			case FormPackage.CHOICE_TYPE__OPTION_SET_ID:
				setOptionSetId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FormPackage.CHOICE_TYPE__MULTIPLE:
				setMultiple(MULTIPLE_EDEFAULT);
				return;
			case FormPackage.CHOICE_TYPE__OPTIONS:
				getOptions().clear();
				return;
			case FormPackage.CHOICE_TYPE__OPTION_SET_ID:
				setOptionSetId(OPTION_SET_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FormPackage.CHOICE_TYPE__MULTIPLE:
				return multiple != MULTIPLE_EDEFAULT;
			case FormPackage.CHOICE_TYPE__OPTIONS:
				return options != null && !options.isEmpty();
			case FormPackage.CHOICE_TYPE__OPTION_SET_ID:
				return OPTION_SET_ID_EDEFAULT == null ? optionSetId != null : !OPTION_SET_ID_EDEFAULT.equals(optionSetId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (multiple: ");
		result.append(multiple);
		result.append(", optionSetId: ");
		result.append(optionSetId);
		result.append(')');
		return result.toString();
	}

} //ChoiceTypeImpl
