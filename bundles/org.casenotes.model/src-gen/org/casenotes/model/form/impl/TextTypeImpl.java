/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.TextType;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Text Type</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getMinWords <em>Min Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getMaxWords <em>Max Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getMinChars <em>Min Chars</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getMaxChars <em>Max Chars</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.TextTypeImpl#getPatternMessage <em>Pattern Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TextTypeImpl extends FieldTypeImpl implements TextType {
	/**
	 * The default value of the '{@link #getMinWords() <em>Min Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinWords()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_WORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinWords() <em>Min Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinWords()
	 * @generated
	 * @ordered
	 */
	protected Integer minWords = MIN_WORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxWords() <em>Max Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWords()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_WORDS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxWords() <em>Max Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxWords()
	 * @generated
	 * @ordered
	 */
	protected Integer maxWords = MAX_WORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinChars() <em>Min Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinChars()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MIN_CHARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinChars() <em>Min Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinChars()
	 * @generated
	 * @ordered
	 */
	protected Integer minChars = MIN_CHARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxChars() <em>Max Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxChars()
	 * @generated
	 * @ordered
	 */
	protected static final Integer MAX_CHARS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxChars() <em>Max Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxChars()
	 * @generated
	 * @ordered
	 */
	protected Integer maxChars = MAX_CHARS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPattern() <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPattern()
	 * @generated
	 * @ordered
	 */
	protected String pattern = PATTERN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatternMessage() <em>Pattern Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatternMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String PATTERN_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPatternMessage() <em>Pattern Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatternMessage()
	 * @generated
	 * @ordered
	 */
	protected String patternMessage = PATTERN_MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TextTypeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.TEXT_TYPE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinWords() {
		return minWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinWords(Integer newMinWords) {
		Integer oldMinWords = minWords;
		minWords = newMinWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__MIN_WORDS, oldMinWords, minWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxWords() {
		return maxWords;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxWords(Integer newMaxWords) {
		Integer oldMaxWords = maxWords;
		maxWords = newMaxWords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__MAX_WORDS, oldMaxWords, maxWords));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMinChars() {
		return minChars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinChars(Integer newMinChars) {
		Integer oldMinChars = minChars;
		minChars = newMinChars;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__MIN_CHARS, oldMinChars, minChars));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getMaxChars() {
		return maxChars;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxChars(Integer newMaxChars) {
		Integer oldMaxChars = maxChars;
		maxChars = newMaxChars;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__MAX_CHARS, oldMaxChars, maxChars));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPattern() {
		return pattern;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPattern(String newPattern) {
		String oldPattern = pattern;
		pattern = newPattern;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__PATTERN, oldPattern, pattern));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPatternMessage() {
		return patternMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatternMessage(String newPatternMessage) {
		String oldPatternMessage = patternMessage;
		patternMessage = newPatternMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.TEXT_TYPE__PATTERN_MESSAGE, oldPatternMessage, patternMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.TEXT_TYPE__MIN_WORDS:
				return getMinWords();
			case FormPackage.TEXT_TYPE__MAX_WORDS:
				return getMaxWords();
			case FormPackage.TEXT_TYPE__MIN_CHARS:
				return getMinChars();
			case FormPackage.TEXT_TYPE__MAX_CHARS:
				return getMaxChars();
			case FormPackage.TEXT_TYPE__PATTERN:
				return getPattern();
			case FormPackage.TEXT_TYPE__PATTERN_MESSAGE:
				return getPatternMessage();
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
			case FormPackage.TEXT_TYPE__MIN_WORDS:
				setMinWords((Integer)newValue);
				return;
			case FormPackage.TEXT_TYPE__MAX_WORDS:
				setMaxWords((Integer)newValue);
				return;
			case FormPackage.TEXT_TYPE__MIN_CHARS:
				setMinChars((Integer)newValue);
				return;
			case FormPackage.TEXT_TYPE__MAX_CHARS:
				setMaxChars((Integer)newValue);
				return;
			case FormPackage.TEXT_TYPE__PATTERN:
				setPattern((String)newValue);
				return;
			case FormPackage.TEXT_TYPE__PATTERN_MESSAGE:
				setPatternMessage((String)newValue);
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
			case FormPackage.TEXT_TYPE__MIN_WORDS:
				setMinWords(MIN_WORDS_EDEFAULT);
				return;
			case FormPackage.TEXT_TYPE__MAX_WORDS:
				setMaxWords(MAX_WORDS_EDEFAULT);
				return;
			case FormPackage.TEXT_TYPE__MIN_CHARS:
				setMinChars(MIN_CHARS_EDEFAULT);
				return;
			case FormPackage.TEXT_TYPE__MAX_CHARS:
				setMaxChars(MAX_CHARS_EDEFAULT);
				return;
			case FormPackage.TEXT_TYPE__PATTERN:
				setPattern(PATTERN_EDEFAULT);
				return;
			case FormPackage.TEXT_TYPE__PATTERN_MESSAGE:
				setPatternMessage(PATTERN_MESSAGE_EDEFAULT);
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
			case FormPackage.TEXT_TYPE__MIN_WORDS:
				return MIN_WORDS_EDEFAULT == null ? minWords != null : !MIN_WORDS_EDEFAULT.equals(minWords);
			case FormPackage.TEXT_TYPE__MAX_WORDS:
				return MAX_WORDS_EDEFAULT == null ? maxWords != null : !MAX_WORDS_EDEFAULT.equals(maxWords);
			case FormPackage.TEXT_TYPE__MIN_CHARS:
				return MIN_CHARS_EDEFAULT == null ? minChars != null : !MIN_CHARS_EDEFAULT.equals(minChars);
			case FormPackage.TEXT_TYPE__MAX_CHARS:
				return MAX_CHARS_EDEFAULT == null ? maxChars != null : !MAX_CHARS_EDEFAULT.equals(maxChars);
			case FormPackage.TEXT_TYPE__PATTERN:
				return PATTERN_EDEFAULT == null ? pattern != null : !PATTERN_EDEFAULT.equals(pattern);
			case FormPackage.TEXT_TYPE__PATTERN_MESSAGE:
				return PATTERN_MESSAGE_EDEFAULT == null ? patternMessage != null : !PATTERN_MESSAGE_EDEFAULT.equals(patternMessage);
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
		result.append(" (minWords: ");
		result.append(minWords);
		result.append(", maxWords: ");
		result.append(maxWords);
		result.append(", minChars: ");
		result.append(minChars);
		result.append(", maxChars: ");
		result.append(maxChars);
		result.append(", pattern: ");
		result.append(pattern);
		result.append(", patternMessage: ");
		result.append(patternMessage);
		result.append(')');
		return result.toString();
	}

} //TextTypeImpl
