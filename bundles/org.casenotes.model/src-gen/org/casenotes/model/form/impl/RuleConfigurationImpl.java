/**
 */
package org.casenotes.model.form.impl;

import java.util.Collection;

import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.SeverityOverride;
import org.casenotes.model.form.SigningWindow;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Configuration</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.RuleConfigurationImpl#getRulePacks <em>Rule Packs</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RuleConfigurationImpl#getSeverityOverrides <em>Severity Overrides</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RuleConfigurationImpl#getSigningWindow <em>Signing Window</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.RuleConfigurationImpl#getApprovedTerms <em>Approved Terms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleConfigurationImpl extends EObjectImpl implements RuleConfiguration {
	/**
	 * The cached value of the '{@link #getRulePacks() <em>Rule Packs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRulePacks()
	 * @generated
	 * @ordered
	 */
	protected EList<String> rulePacks;

	/**
	 * The cached value of the '{@link #getSeverityOverrides() <em>Severity Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeverityOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<SeverityOverride> severityOverrides;

	/**
	 * The cached value of the '{@link #getSigningWindow() <em>Signing Window</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSigningWindow()
	 * @generated
	 * @ordered
	 */
	protected SigningWindow signingWindow;

	/**
	 * The cached value of the '{@link #getApprovedTerms() <em>Approved Terms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> approvedTerms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleConfigurationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.RULE_CONFIGURATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRulePacks() {
		if (rulePacks == null) {
			rulePacks = new EDataTypeUniqueEList<String>(String.class, this, FormPackage.RULE_CONFIGURATION__RULE_PACKS);
		}
		return rulePacks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SeverityOverride> getSeverityOverrides() {
		if (severityOverrides == null) {
			severityOverrides = new EObjectContainmentEList<SeverityOverride>(SeverityOverride.class, this, FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES);
		}
		return severityOverrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SigningWindow getSigningWindow() {
		return signingWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSigningWindow(SigningWindow newSigningWindow, NotificationChain msgs) {
		SigningWindow oldSigningWindow = signingWindow;
		signingWindow = newSigningWindow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW, oldSigningWindow, newSigningWindow);
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
	public void setSigningWindow(SigningWindow newSigningWindow) {
		if (newSigningWindow != signingWindow) {
			NotificationChain msgs = null;
			if (signingWindow != null)
				msgs = ((InternalEObject)signingWindow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW, null, msgs);
			if (newSigningWindow != null)
				msgs = ((InternalEObject)newSigningWindow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW, null, msgs);
			msgs = basicSetSigningWindow(newSigningWindow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW, newSigningWindow, newSigningWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getApprovedTerms() {
		if (approvedTerms == null) {
			approvedTerms = new EDataTypeUniqueEList<String>(String.class, this, FormPackage.RULE_CONFIGURATION__APPROVED_TERMS);
		}
		return approvedTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES:
				return ((InternalEList<?>)getSeverityOverrides()).basicRemove(otherEnd, msgs);
			case FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW:
				return basicSetSigningWindow(null, msgs);
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
			case FormPackage.RULE_CONFIGURATION__RULE_PACKS:
				return getRulePacks();
			case FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES:
				return getSeverityOverrides();
			case FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW:
				return getSigningWindow();
			case FormPackage.RULE_CONFIGURATION__APPROVED_TERMS:
				return getApprovedTerms();
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
			case FormPackage.RULE_CONFIGURATION__RULE_PACKS:
				getRulePacks().clear();
				getRulePacks().addAll((Collection<? extends String>)newValue);
				return;
			case FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
				getSeverityOverrides().addAll((Collection<? extends SeverityOverride>)newValue);
				return;
			case FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW:
				setSigningWindow((SigningWindow)newValue);
				return;
			case FormPackage.RULE_CONFIGURATION__APPROVED_TERMS:
				getApprovedTerms().clear();
				getApprovedTerms().addAll((Collection<? extends String>)newValue);
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
			case FormPackage.RULE_CONFIGURATION__RULE_PACKS:
				getRulePacks().clear();
				return;
			case FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES:
				getSeverityOverrides().clear();
				return;
			case FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW:
				setSigningWindow((SigningWindow)null);
				return;
			case FormPackage.RULE_CONFIGURATION__APPROVED_TERMS:
				getApprovedTerms().clear();
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
			case FormPackage.RULE_CONFIGURATION__RULE_PACKS:
				return rulePacks != null && !rulePacks.isEmpty();
			case FormPackage.RULE_CONFIGURATION__SEVERITY_OVERRIDES:
				return severityOverrides != null && !severityOverrides.isEmpty();
			case FormPackage.RULE_CONFIGURATION__SIGNING_WINDOW:
				return signingWindow != null;
			case FormPackage.RULE_CONFIGURATION__APPROVED_TERMS:
				return approvedTerms != null && !approvedTerms.isEmpty();
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
		result.append(" (rulePacks: ");
		result.append(rulePacks);
		result.append(", approvedTerms: ");
		result.append(approvedTerms);
		result.append(')');
		return result.toString();
	}

} //RuleConfigurationImpl
