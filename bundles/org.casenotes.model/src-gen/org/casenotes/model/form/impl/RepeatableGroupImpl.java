/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.RepeatableGroup;

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
 * An implementation of the model object '<em><b>Repeatable Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.RepeatableGroupImpl#getElements <em>Elements</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RepeatableGroupImpl#getHint <em>Hint</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RepeatableGroupImpl#getMinRows <em>Min Rows</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RepeatableGroupImpl#getMaxRows <em>Max Rows</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RepeatableGroupImpl extends FormElementImpl implements RepeatableGroup {
	/**
	 * The cached value of the '{@link #getElements() <em>Elements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElements()
	 * @generated
	 * @ordered
	 */
	protected EList<FormElement> elements;

	/**
	 * The default value of the '{@link #getHint() <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHint()
	 * @generated
	 * @ordered
	 */
	protected static final String HINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHint() <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHint()
	 * @generated
	 * @ordered
	 */
	protected String hint = HINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinRows() <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRows()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_ROWS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinRows() <em>Min Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinRows()
	 * @generated
	 * @ordered
	 */
	protected int minRows = MIN_ROWS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxRows() <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRows()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ROWS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMaxRows() <em>Max Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxRows()
	 * @generated
	 * @ordered
	 */
	protected int maxRows = MAX_ROWS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RepeatableGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.REPEATABLE_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormElement> getElements() {
		if (elements == null) {
			elements = new EObjectContainmentEList<FormElement>(FormElement.class, this, FormPackage.REPEATABLE_GROUP__ELEMENTS);
		}
		return elements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHint() {
		return hint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHint(String newHint) {
		String oldHint = hint;
		hint = newHint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.REPEATABLE_GROUP__HINT, oldHint, hint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinRows() {
		return minRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinRows(int newMinRows) {
		int oldMinRows = minRows;
		minRows = newMinRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.REPEATABLE_GROUP__MIN_ROWS, oldMinRows, minRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxRows() {
		return maxRows;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxRows(int newMaxRows) {
		int oldMaxRows = maxRows;
		maxRows = newMaxRows;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.REPEATABLE_GROUP__MAX_ROWS, oldMaxRows, maxRows));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.REPEATABLE_GROUP__ELEMENTS:
				return ((InternalEList<?>)getElements()).basicRemove(otherEnd, msgs);
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
			case FormPackage.REPEATABLE_GROUP__ELEMENTS:
				return getElements();
			case FormPackage.REPEATABLE_GROUP__HINT:
				return getHint();
			case FormPackage.REPEATABLE_GROUP__MIN_ROWS:
				return getMinRows();
			case FormPackage.REPEATABLE_GROUP__MAX_ROWS:
				return getMaxRows();
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
			case FormPackage.REPEATABLE_GROUP__ELEMENTS:
				getElements().clear();
				getElements().addAll((Collection<? extends FormElement>)newValue);
				return;
			case FormPackage.REPEATABLE_GROUP__HINT:
				setHint((String)newValue);
				return;
			case FormPackage.REPEATABLE_GROUP__MIN_ROWS:
				setMinRows((Integer)newValue);
				return;
			case FormPackage.REPEATABLE_GROUP__MAX_ROWS:
				setMaxRows((Integer)newValue);
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
			case FormPackage.REPEATABLE_GROUP__ELEMENTS:
				getElements().clear();
				return;
			case FormPackage.REPEATABLE_GROUP__HINT:
				setHint(HINT_EDEFAULT);
				return;
			case FormPackage.REPEATABLE_GROUP__MIN_ROWS:
				setMinRows(MIN_ROWS_EDEFAULT);
				return;
			case FormPackage.REPEATABLE_GROUP__MAX_ROWS:
				setMaxRows(MAX_ROWS_EDEFAULT);
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
			case FormPackage.REPEATABLE_GROUP__ELEMENTS:
				return elements != null && !elements.isEmpty();
			case FormPackage.REPEATABLE_GROUP__HINT:
				return HINT_EDEFAULT == null ? hint != null : !HINT_EDEFAULT.equals(hint);
			case FormPackage.REPEATABLE_GROUP__MIN_ROWS:
				return minRows != MIN_ROWS_EDEFAULT;
			case FormPackage.REPEATABLE_GROUP__MAX_ROWS:
				return maxRows != MAX_ROWS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == ElementContainer.class) {
			switch (derivedFeatureID) {
				case FormPackage.REPEATABLE_GROUP__ELEMENTS: return FormPackage.ELEMENT_CONTAINER__ELEMENTS;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == ElementContainer.class) {
			switch (baseFeatureID) {
				case FormPackage.ELEMENT_CONTAINER__ELEMENTS: return FormPackage.REPEATABLE_GROUP__ELEMENTS;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (hint: ");
		result.append(hint);
		result.append(", minRows: ");
		result.append(minRows);
		result.append(", maxRows: ");
		result.append(maxRows);
		result.append(')');
		return result.toString();
	}

} //RepeatableGroupImpl
