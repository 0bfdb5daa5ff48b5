/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.RecordPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Coverage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getPayerName <em>Payer Name</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getPayerId <em>Payer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getMemberId <em>Member Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getGroupNumber <em>Group Number</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#isPrimary <em>Primary</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.CoverageImpl#getEndDate <em>End Date</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CoverageImpl extends EObjectImpl implements Coverage {
	/**
	 * The default value of the '{@link #getPayerName() <em>Payer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayerName()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayerName() <em>Payer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayerName()
	 * @generated
	 * @ordered
	 */
	protected String payerName = PAYER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPayerId() <em>Payer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayerId()
	 * @generated
	 * @ordered
	 */
	protected static final String PAYER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPayerId() <em>Payer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayerId()
	 * @generated
	 * @ordered
	 */
	protected String payerId = PAYER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemberId() <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberId()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMBER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemberId() <em>Member Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemberId()
	 * @generated
	 * @ordered
	 */
	protected String memberId = MEMBER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroupNumber() <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupNumber() <em>Group Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupNumber()
	 * @generated
	 * @ordered
	 */
	protected String groupNumber = GROUP_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PRIMARY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPrimary() <em>Primary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPrimary()
	 * @generated
	 * @ordered
	 */
	protected boolean primary = PRIMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CoverageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.COVERAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayerName() {
		return payerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayerName(String newPayerName) {
		String oldPayerName = payerName;
		payerName = newPayerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__PAYER_NAME, oldPayerName, payerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPayerId() {
		return payerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayerId(String newPayerId) {
		String oldPayerId = payerId;
		payerId = newPayerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__PAYER_ID, oldPayerId, payerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemberId() {
		return memberId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemberId(String newMemberId) {
		String oldMemberId = memberId;
		memberId = newMemberId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__MEMBER_ID, oldMemberId, memberId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupNumber() {
		return groupNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupNumber(String newGroupNumber) {
		String oldGroupNumber = groupNumber;
		groupNumber = newGroupNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__GROUP_NUMBER, oldGroupNumber, groupNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPrimary() {
		return primary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimary(boolean newPrimary) {
		boolean oldPrimary = primary;
		primary = newPrimary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__PRIMARY, oldPrimary, primary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.COVERAGE__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.COVERAGE__PAYER_NAME:
				return getPayerName();
			case RecordPackage.COVERAGE__PAYER_ID:
				return getPayerId();
			case RecordPackage.COVERAGE__MEMBER_ID:
				return getMemberId();
			case RecordPackage.COVERAGE__GROUP_NUMBER:
				return getGroupNumber();
			case RecordPackage.COVERAGE__PRIMARY:
				return isPrimary();
			case RecordPackage.COVERAGE__START_DATE:
				return getStartDate();
			case RecordPackage.COVERAGE__END_DATE:
				return getEndDate();
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
			case RecordPackage.COVERAGE__PAYER_NAME:
				setPayerName((String)newValue);
				return;
			case RecordPackage.COVERAGE__PAYER_ID:
				setPayerId((String)newValue);
				return;
			case RecordPackage.COVERAGE__MEMBER_ID:
				setMemberId((String)newValue);
				return;
			case RecordPackage.COVERAGE__GROUP_NUMBER:
				setGroupNumber((String)newValue);
				return;
			case RecordPackage.COVERAGE__PRIMARY:
				setPrimary((Boolean)newValue);
				return;
			case RecordPackage.COVERAGE__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case RecordPackage.COVERAGE__END_DATE:
				setEndDate((LocalDate)newValue);
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
			case RecordPackage.COVERAGE__PAYER_NAME:
				setPayerName(PAYER_NAME_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__PAYER_ID:
				setPayerId(PAYER_ID_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__MEMBER_ID:
				setMemberId(MEMBER_ID_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__GROUP_NUMBER:
				setGroupNumber(GROUP_NUMBER_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__PRIMARY:
				setPrimary(PRIMARY_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case RecordPackage.COVERAGE__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
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
			case RecordPackage.COVERAGE__PAYER_NAME:
				return PAYER_NAME_EDEFAULT == null ? payerName != null : !PAYER_NAME_EDEFAULT.equals(payerName);
			case RecordPackage.COVERAGE__PAYER_ID:
				return PAYER_ID_EDEFAULT == null ? payerId != null : !PAYER_ID_EDEFAULT.equals(payerId);
			case RecordPackage.COVERAGE__MEMBER_ID:
				return MEMBER_ID_EDEFAULT == null ? memberId != null : !MEMBER_ID_EDEFAULT.equals(memberId);
			case RecordPackage.COVERAGE__GROUP_NUMBER:
				return GROUP_NUMBER_EDEFAULT == null ? groupNumber != null : !GROUP_NUMBER_EDEFAULT.equals(groupNumber);
			case RecordPackage.COVERAGE__PRIMARY:
				return primary != PRIMARY_EDEFAULT;
			case RecordPackage.COVERAGE__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case RecordPackage.COVERAGE__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
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
		result.append(" (payerName: ");
		result.append(payerName);
		result.append(", payerId: ");
		result.append(payerId);
		result.append(", memberId: ");
		result.append(memberId);
		result.append(", groupNumber: ");
		result.append(groupNumber);
		result.append(", primary: ");
		result.append(primary);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(')');
		return result.toString();
	}

} //CoverageImpl
