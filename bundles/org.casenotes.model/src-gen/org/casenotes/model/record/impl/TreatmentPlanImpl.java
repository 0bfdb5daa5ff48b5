/**
 */
package org.casenotes.model.record.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.TreatmentPlan;

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
 * An implementation of the model object '<em><b>Treatment Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getEffectiveDate <em>Effective Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getNextReviewDate <em>Next Review Date</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getNoteId <em>Note Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.TreatmentPlanImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TreatmentPlanImpl extends IdentifiedImpl implements TreatmentPlan {
	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected int version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final PlanStatus STATUS_EDEFAULT = PlanStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected PlanStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EFFECTIVE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffectiveDate() <em>Effective Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffectiveDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate effectiveDate = EFFECTIVE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextReviewDate() <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReviewDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NEXT_REVIEW_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextReviewDate() <em>Next Review Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextReviewDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate nextReviewDate = NEXT_REVIEW_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthorId() <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthorId()
	 * @generated
	 * @ordered
	 */
	protected String authorId = AUTHOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNoteId() <em>Note Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNoteId()
	 * @generated
	 * @ordered
	 */
	protected String noteId = NOTE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<Problem> problems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TreatmentPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.TREATMENT_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(int newVersion) {
		int oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(PlanStatus newStatus) {
		PlanStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEffectiveDate() {
		return effectiveDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffectiveDate(LocalDate newEffectiveDate) {
		LocalDate oldEffectiveDate = effectiveDate;
		effectiveDate = newEffectiveDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__EFFECTIVE_DATE, oldEffectiveDate, effectiveDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNextReviewDate() {
		return nextReviewDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextReviewDate(LocalDate newNextReviewDate) {
		LocalDate oldNextReviewDate = nextReviewDate;
		nextReviewDate = newNextReviewDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__NEXT_REVIEW_DATE, oldNextReviewDate, nextReviewDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthorId() {
		return authorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthorId(String newAuthorId) {
		String oldAuthorId = authorId;
		authorId = newAuthorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__AUTHOR_ID, oldAuthorId, authorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNoteId() {
		return noteId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoteId(String newNoteId) {
		String oldNoteId = noteId;
		noteId = newNoteId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.TREATMENT_PLAN__NOTE_ID, oldNoteId, noteId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Problem> getProblems() {
		if (problems == null) {
			problems = new EObjectContainmentEList<Problem>(Problem.class, this, RecordPackage.TREATMENT_PLAN__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.TREATMENT_PLAN__PROBLEMS:
				return ((InternalEList<?>)getProblems()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.TREATMENT_PLAN__VERSION:
				return getVersion();
			case RecordPackage.TREATMENT_PLAN__STATUS:
				return getStatus();
			case RecordPackage.TREATMENT_PLAN__EFFECTIVE_DATE:
				return getEffectiveDate();
			case RecordPackage.TREATMENT_PLAN__NEXT_REVIEW_DATE:
				return getNextReviewDate();
			case RecordPackage.TREATMENT_PLAN__AUTHOR_ID:
				return getAuthorId();
			case RecordPackage.TREATMENT_PLAN__NOTE_ID:
				return getNoteId();
			case RecordPackage.TREATMENT_PLAN__PROBLEMS:
				return getProblems();
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
			case RecordPackage.TREATMENT_PLAN__VERSION:
				setVersion((Integer)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__STATUS:
				setStatus((PlanStatus)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__EFFECTIVE_DATE:
				setEffectiveDate((LocalDate)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__NEXT_REVIEW_DATE:
				setNextReviewDate((LocalDate)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__AUTHOR_ID:
				setAuthorId((String)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__NOTE_ID:
				setNoteId((String)newValue);
				return;
			case RecordPackage.TREATMENT_PLAN__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends Problem>)newValue);
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
			case RecordPackage.TREATMENT_PLAN__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__EFFECTIVE_DATE:
				setEffectiveDate(EFFECTIVE_DATE_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__NEXT_REVIEW_DATE:
				setNextReviewDate(NEXT_REVIEW_DATE_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__AUTHOR_ID:
				setAuthorId(AUTHOR_ID_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__NOTE_ID:
				setNoteId(NOTE_ID_EDEFAULT);
				return;
			case RecordPackage.TREATMENT_PLAN__PROBLEMS:
				getProblems().clear();
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
			case RecordPackage.TREATMENT_PLAN__VERSION:
				return version != VERSION_EDEFAULT;
			case RecordPackage.TREATMENT_PLAN__STATUS:
				return status != STATUS_EDEFAULT;
			case RecordPackage.TREATMENT_PLAN__EFFECTIVE_DATE:
				return EFFECTIVE_DATE_EDEFAULT == null ? effectiveDate != null : !EFFECTIVE_DATE_EDEFAULT.equals(effectiveDate);
			case RecordPackage.TREATMENT_PLAN__NEXT_REVIEW_DATE:
				return NEXT_REVIEW_DATE_EDEFAULT == null ? nextReviewDate != null : !NEXT_REVIEW_DATE_EDEFAULT.equals(nextReviewDate);
			case RecordPackage.TREATMENT_PLAN__AUTHOR_ID:
				return AUTHOR_ID_EDEFAULT == null ? authorId != null : !AUTHOR_ID_EDEFAULT.equals(authorId);
			case RecordPackage.TREATMENT_PLAN__NOTE_ID:
				return NOTE_ID_EDEFAULT == null ? noteId != null : !NOTE_ID_EDEFAULT.equals(noteId);
			case RecordPackage.TREATMENT_PLAN__PROBLEMS:
				return problems != null && !problems.isEmpty();
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
		result.append(" (version: ");
		result.append(version);
		result.append(", status: ");
		result.append(status);
		result.append(", effectiveDate: ");
		result.append(effectiveDate);
		result.append(", nextReviewDate: ");
		result.append(nextReviewDate);
		result.append(", authorId: ");
		result.append(authorId);
		result.append(", noteId: ");
		result.append(noteId);
		result.append(')');
		return result.toString();
	}

} //TreatmentPlanImpl
