/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.Condition;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Field</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.FieldImpl#getHint <em>Hint</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FieldImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FieldImpl#getRequiredWhen <em>Required When</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FieldImpl#isClientWords <em>Client Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.FieldImpl#getType <em>Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FieldImpl extends FormElementImpl implements Field {
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
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredWhen() <em>Required When</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredWhen()
	 * @generated
	 * @ordered
	 */
	protected Condition requiredWhen;

	/**
	 * The default value of the '{@link #isClientWords() <em>Client Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientWords()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLIENT_WORDS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClientWords() <em>Client Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClientWords()
	 * @generated
	 * @ordered
	 */
	protected boolean clientWords = CLIENT_WORDS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected FieldType type;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FieldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.FIELD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__HINT, oldHint, hint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition getRequiredWhen() {
		return requiredWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRequiredWhen(Condition newRequiredWhen, NotificationChain msgs) {
		Condition oldRequiredWhen = requiredWhen;
		requiredWhen = newRequiredWhen;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__REQUIRED_WHEN, oldRequiredWhen, newRequiredWhen);
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
	public void setRequiredWhen(Condition newRequiredWhen) {
		if (newRequiredWhen != requiredWhen) {
			NotificationChain msgs = null;
			if (requiredWhen != null)
				msgs = ((InternalEObject)requiredWhen).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.FIELD__REQUIRED_WHEN, null, msgs);
			if (newRequiredWhen != null)
				msgs = ((InternalEObject)newRequiredWhen).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.FIELD__REQUIRED_WHEN, null, msgs);
			msgs = basicSetRequiredWhen(newRequiredWhen, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__REQUIRED_WHEN, newRequiredWhen, newRequiredWhen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClientWords() {
		return clientWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientWords(boolean newClientWords) {
		boolean oldClientWords = clientWords;
		clientWords = newClientWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__CLIENT_WORDS, oldClientWords, clientWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetType(FieldType newType, NotificationChain msgs) {
		FieldType oldType = type;
		type = newType;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__TYPE, oldType, newType);
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
	public void setType(FieldType newType) {
		if (newType != type) {
			NotificationChain msgs = null;
			if (type != null)
				msgs = ((InternalEObject)type).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - FormPackage.FIELD__TYPE, null, msgs);
			if (newType != null)
				msgs = ((InternalEObject)newType).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - FormPackage.FIELD__TYPE, null, msgs);
			msgs = basicSetType(newType, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.FIELD__TYPE, newType, newType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FormPackage.FIELD__REQUIRED_WHEN:
				return basicSetRequiredWhen(null, msgs);
			case FormPackage.FIELD__TYPE:
				return basicSetType(null, msgs);
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
			case FormPackage.FIELD__HINT:
				return getHint();
			case FormPackage.FIELD__REQUIRED:
				return isRequired();
			case FormPackage.FIELD__REQUIRED_WHEN:
				return getRequiredWhen();
			case FormPackage.FIELD__CLIENT_WORDS:
				return isClientWords();
			case FormPackage.FIELD__TYPE:
				return getType();
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
			case FormPackage.FIELD__HINT:
				setHint((String)newValue);
				return;
			case FormPackage.FIELD__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case FormPackage.FIELD__REQUIRED_WHEN:
				setRequiredWhen((Condition)newValue);
				return;
			case FormPackage.FIELD__CLIENT_WORDS:
				setClientWords((Boolean)newValue);
				return;
			case FormPackage.FIELD__TYPE:
				setType((FieldType)newValue);
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
			case FormPackage.FIELD__HINT:
				setHint(HINT_EDEFAULT);
				return;
			case FormPackage.FIELD__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case FormPackage.FIELD__REQUIRED_WHEN:
				setRequiredWhen((Condition)null);
				return;
			case FormPackage.FIELD__CLIENT_WORDS:
				setClientWords(CLIENT_WORDS_EDEFAULT);
				return;
			case FormPackage.FIELD__TYPE:
				setType((FieldType)null);
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
			case FormPackage.FIELD__HINT:
				return HINT_EDEFAULT == null ? hint != null : !HINT_EDEFAULT.equals(hint);
			case FormPackage.FIELD__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case FormPackage.FIELD__REQUIRED_WHEN:
				return requiredWhen != null;
			case FormPackage.FIELD__CLIENT_WORDS:
				return clientWords != CLIENT_WORDS_EDEFAULT;
			case FormPackage.FIELD__TYPE:
				return type != null;
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
		result.append(" (hint: ");
		result.append(hint);
		result.append(", required: ");
		result.append(required);
		result.append(", clientWords: ");
		result.append(clientWords);
		result.append(')');
		return result.toString();
	}

} //FieldImpl
