/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cpt Band</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.CptBandImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.CptBandImpl#getMinMinutes <em>Min Minutes</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.CptBandImpl#getMaxMinutes <em>Max Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CptBandImpl extends EObjectImpl implements CptBand {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinMinutes() <em>Min Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinMinutes() <em>Min Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinMinutes()
	 * @generated
	 * @ordered
	 */
	protected int minMinutes = MIN_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMinutes() <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxMinutes() <em>Max Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMinutes()
	 * @generated
	 * @ordered
	 */
	protected Integer maxMinutes = MAX_MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CptBandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.CPT_BAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CPT_BAND__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinMinutes() {
		return minMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinMinutes(int newMinMinutes) {
		int oldMinMinutes = minMinutes;
		minMinutes = newMinMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CPT_BAND__MIN_MINUTES, oldMinMinutes, minMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxMinutes() {
		return maxMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMinutes(Integer newMaxMinutes) {
		Integer oldMaxMinutes = maxMinutes;
		maxMinutes = newMaxMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CPT_BAND__MAX_MINUTES, oldMaxMinutes, maxMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.CPT_BAND__CODE:
				return getCode();
			case FormPackage.CPT_BAND__MIN_MINUTES:
				return getMinMinutes();
			case FormPackage.CPT_BAND__MAX_MINUTES:
				return getMaxMinutes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FormPackage.CPT_BAND__CODE:
				setCode((String)newValue);
				return;
			case FormPackage.CPT_BAND__MIN_MINUTES:
				setMinMinutes((Integer)newValue);
				return;
			case FormPackage.CPT_BAND__MAX_MINUTES:
				setMaxMinutes((Integer)newValue);
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
			case FormPackage.CPT_BAND__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case FormPackage.CPT_BAND__MIN_MINUTES:
				setMinMinutes(MIN_MINUTES_EDEFAULT);
				return;
			case FormPackage.CPT_BAND__MAX_MINUTES:
				setMaxMinutes(MAX_MINUTES_EDEFAULT);
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
			case FormPackage.CPT_BAND__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case FormPackage.CPT_BAND__MIN_MINUTES:
				return minMinutes != MIN_MINUTES_EDEFAULT;
			case FormPackage.CPT_BAND__MAX_MINUTES:
				return MAX_MINUTES_EDEFAULT == null ? maxMinutes != null : !MAX_MINUTES_EDEFAULT.equals(maxMinutes);
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
		result.append(" (code: ");
		result.append(code);
		result.append(", minMinutes: ");
		result.append(minMinutes);
		result.append(", maxMinutes: ");
		result.append(maxMinutes);
		result.append(')');
		return result.toString();
	}

} //CptBandImpl
