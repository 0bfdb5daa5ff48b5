/**
 */
package org.casenotes.model.record.impl;

import java.time.Instant;

import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.ReviewComment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.ReviewCommentImpl#getReviewerId <em>Reviewer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ReviewCommentImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ReviewCommentImpl#getFieldId <em>Field Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.ReviewCommentImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewCommentImpl extends EObjectImpl implements ReviewComment {
	/**
	 * The default value of the '{@link #getReviewerId() <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerId()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEWER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewerId() <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewerId()
	 * @generated
	 * @ordered
	 */
	protected String reviewerId = REVIEWER_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldId() <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldId()
	 * @generated
	 * @ordered
	 */
	protected static final String FIELD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFieldId() <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldId()
	 * @generated
	 * @ordered
	 */
	protected String fieldId = FIELD_ID_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewCommentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.REVIEW_COMMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewerId() {
		return reviewerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewerId(String newReviewerId) {
		String oldReviewerId = reviewerId;
		reviewerId = newReviewerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.REVIEW_COMMENT__REVIEWER_ID, oldReviewerId, reviewerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.REVIEW_COMMENT__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFieldId() {
		return fieldId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldId(String newFieldId) {
		String oldFieldId = fieldId;
		fieldId = newFieldId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.REVIEW_COMMENT__FIELD_ID, oldFieldId, fieldId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.REVIEW_COMMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RecordPackage.REVIEW_COMMENT__REVIEWER_ID:
				return getReviewerId();
			case RecordPackage.REVIEW_COMMENT__CREATED_AT:
				return getCreatedAt();
			case RecordPackage.REVIEW_COMMENT__FIELD_ID:
				return getFieldId();
			case RecordPackage.REVIEW_COMMENT__TEXT:
				return getText();
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
			case RecordPackage.REVIEW_COMMENT__REVIEWER_ID:
				setReviewerId((String)newValue);
				return;
			case RecordPackage.REVIEW_COMMENT__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case RecordPackage.REVIEW_COMMENT__FIELD_ID:
				setFieldId((String)newValue);
				return;
			case RecordPackage.REVIEW_COMMENT__TEXT:
				setText((String)newValue);
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
			case RecordPackage.REVIEW_COMMENT__REVIEWER_ID:
				setReviewerId(REVIEWER_ID_EDEFAULT);
				return;
			case RecordPackage.REVIEW_COMMENT__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case RecordPackage.REVIEW_COMMENT__FIELD_ID:
				setFieldId(FIELD_ID_EDEFAULT);
				return;
			case RecordPackage.REVIEW_COMMENT__TEXT:
				setText(TEXT_EDEFAULT);
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
			case RecordPackage.REVIEW_COMMENT__REVIEWER_ID:
				return REVIEWER_ID_EDEFAULT == null ? reviewerId != null : !REVIEWER_ID_EDEFAULT.equals(reviewerId);
			case RecordPackage.REVIEW_COMMENT__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case RecordPackage.REVIEW_COMMENT__FIELD_ID:
				return FIELD_ID_EDEFAULT == null ? fieldId != null : !FIELD_ID_EDEFAULT.equals(fieldId);
			case RecordPackage.REVIEW_COMMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (reviewerId: ");
		result.append(reviewerId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", fieldId: ");
		result.append(fieldId);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ReviewCommentImpl
