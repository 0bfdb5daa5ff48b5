/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.FormPackage;
import org.casenotes.model.form.InstrumentItem;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentItemImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentItemImpl#isCritical <em>Critical</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentItemImpl#getCriticalScore <em>Critical Score</em>}</li>
 *   <li>{@link org.casenotes.model.form.impl.InstrumentItemImpl#getCriticalMessage <em>Critical Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstrumentItemImpl extends EObjectImpl implements InstrumentItem {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CRITICAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCritical() <em>Critical</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCritical()
	 * @generated
	 * @ordered
	 */
	protected boolean critical = CRITICAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriticalScore() <em>Critical Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalScore()
	 * @generated
	 * @ordered
	 */
	protected static final int CRITICAL_SCORE_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCriticalScore() <em>Critical Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalScore()
	 * @generated
	 * @ordered
	 */
	protected int criticalScore = CRITICAL_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCriticalMessage() <em>Critical Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String CRITICAL_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCriticalMessage() <em>Critical Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriticalMessage()
	 * @generated
	 * @ordered
	 */
	protected String criticalMessage = CRITICAL_MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstrumentItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FormPackage.Literals.INSTRUMENT_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT_ITEM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT_ITEM__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCritical() {
		return critical;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCritical(boolean newCritical) {
		boolean oldCritical = critical;
		critical = newCritical;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT_ITEM__CRITICAL, oldCritical, critical));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCriticalScore() {
		return criticalScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticalScore(int newCriticalScore) {
		int oldCriticalScore = criticalScore;
		criticalScore = newCriticalScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT_ITEM__CRITICAL_SCORE, oldCriticalScore, criticalScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCriticalMessage() {
		return criticalMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriticalMessage(String newCriticalMessage) {
		String oldCriticalMessage = criticalMessage;
		criticalMessage = newCriticalMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FormPackage.INSTRUMENT_ITEM__CRITICAL_MESSAGE, oldCriticalMessage, criticalMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FormPackage.INSTRUMENT_ITEM__ID:
				return getId();
			case FormPackage.INSTRUMENT_ITEM__TEXT:
				return getText();
			case FormPackage.INSTRUMENT_ITEM__CRITICAL:
				return isCritical();
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_SCORE:
				return getCriticalScore();
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_MESSAGE:
				return getCriticalMessage();
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
			case FormPackage.INSTRUMENT_ITEM__ID:
				setId((String)newValue);
				return;
			case FormPackage.INSTRUMENT_ITEM__TEXT:
				setText((String)newValue);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL:
				setCritical((Boolean)newValue);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_SCORE:
				setCriticalScore((Integer)newValue);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_MESSAGE:
				setCriticalMessage((String)newValue);
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
			case FormPackage.INSTRUMENT_ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT_ITEM__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL:
				setCritical(CRITICAL_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_SCORE:
				setCriticalScore(CRITICAL_SCORE_EDEFAULT);
				return;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_MESSAGE:
				setCriticalMessage(CRITICAL_MESSAGE_EDEFAULT);
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
			case FormPackage.INSTRUMENT_ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FormPackage.INSTRUMENT_ITEM__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case FormPackage.INSTRUMENT_ITEM__CRITICAL:
				return critical != CRITICAL_EDEFAULT;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_SCORE:
				return criticalScore != CRITICAL_SCORE_EDEFAULT;
			case FormPackage.INSTRUMENT_ITEM__CRITICAL_MESSAGE:
				return CRITICAL_MESSAGE_EDEFAULT == null ? criticalMessage != null : !CRITICAL_MESSAGE_EDEFAULT.equals(criticalMessage);
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
		result.append(" (id: ");
		result.append(id);
		result.append(", text: ");
		result.append(text);
		result.append(", critical: ");
		result.append(critical);
		result.append(", criticalScore: ");
		result.append(criticalScore);
		result.append(", criticalMessage: ");
		result.append(criticalMessage);
		result.append(')');
		return result.toString();
	}

} //InstrumentItemImpl
