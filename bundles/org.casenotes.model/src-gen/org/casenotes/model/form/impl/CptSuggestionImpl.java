/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.CptBand;
import org.casenotes.model.form.CptSuggestion;
import org.casenotes.model.form.Expression;
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
 * An implementation of the model object '<em><b>Cpt Suggestion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.CptSuggestionImpl#getMinutes <em>Minutes</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.CptSuggestionImpl#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CptSuggestionImpl extends CalculationImpl implements CptSuggestion {
	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected Expression minutes;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<CptBand> bands;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CptSuggestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.CPT_SUGGESTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expression getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMinutes(Expression newMinutes, NotificationChain msgs) {
		Expression oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.CPT_SUGGESTION__MINUTES, oldMinutes, newMinutes);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(Expression newMinutes) {
		if (newMinutes != minutes) {
			NotificationChain msgs = null;
			if (minutes != null)
				msgs = ((InternalEObject)minutes).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.CPT_SUGGESTION__MINUTES, null, msgs);
			if (newMinutes != null)
				msgs = ((InternalEObject)newMinutes).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.CPT_SUGGESTION__MINUTES, null, msgs);
			msgs = basicSetMinutes(newMinutes, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.CPT_SUGGESTION__MINUTES, newMinutes, newMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CptBand> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<CptBand>(CptBand.class, this, FormPackage.CPT_SUGGESTION__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.CPT_SUGGESTION__MINUTES:
				return basicSetMinutes(null, msgs);
			case FormPackage.CPT_SUGGESTION__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
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
			case FormPackage.CPT_SUGGESTION__MINUTES:
				return getMinutes();
			case FormPackage.CPT_SUGGESTION__BANDS:
				return getBands();
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
			case FormPackage.CPT_SUGGESTION__MINUTES:
				setMinutes((Expression)newValue);
				return;
			case FormPackage.CPT_SUGGESTION__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends CptBand>)newValue);
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
			case FormPackage.CPT_SUGGESTION__MINUTES:
				setMinutes((Expression)null);
				return;
			case FormPackage.CPT_SUGGESTION__BANDS:
				getBands().clear();
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
			case FormPackage.CPT_SUGGESTION__MINUTES:
				return minutes != null;
			case FormPackage.CPT_SUGGESTION__BANDS:
				return bands != null && !bands.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CptSuggestionImpl
