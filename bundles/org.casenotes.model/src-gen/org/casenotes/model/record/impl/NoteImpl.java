/**
 */
package org.casenotes.model.record.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.model.record.ReviewComment;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.ValueHolder;

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
 * An implementation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getEpisodeId <em>Episode Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getDateOfService <em>Date Of Service</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getServiceEnd <em>Service End</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getCosignature <em>Cosignature</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#isLateEntry <em>Late Entry</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getLateEntryReason <em>Late Entry Reason</em>}</li>
 *   <li>{@link org.casenotes.model.record.impl.NoteImpl#getReviewComments <em>Review Comments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteImpl extends IdentifiedImpl implements Note {
	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldValue> values;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<GroupValue> groups;

	/**
	 * The default value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientId() <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientId()
	 * @generated
	 * @ordered
	 */
	protected String clientId = CLIENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String EPISODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEpisodeId() <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpisodeId()
	 * @generated
	 * @ordered
	 */
	protected String episodeId = EPISODE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionId() <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionId()
	 * @generated
	 * @ordered
	 */
	protected String sessionId = SESSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplateId() <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateId()
	 * @generated
	 * @ordered
	 */
	protected String templateId = TEMPLATE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int TEMPLATE_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTemplateVersion() <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplateVersion()
	 * @generated
	 * @ordered
	 */
	protected int templateVersion = TEMPLATE_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final NoteStatus STATUS_EDEFAULT = NoteStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected NoteStatus status = STATUS_EDEFAULT;

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
	 * The default value of the '{@link #getDateOfService() <em>Date Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfService()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_OF_SERVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfService() <em>Date Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfService()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateOfService = DATE_OF_SERVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #getServiceEnd() <em>Service End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SERVICE_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getServiceEnd() <em>Service End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServiceEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant serviceEnd = SERVICE_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignature() <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignature()
	 * @generated
	 * @ordered
	 */
	protected Signature signature;

	/**
	 * The cached value of the '{@link #getCosignature() <em>Cosignature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosignature()
	 * @generated
	 * @ordered
	 */
	protected Signature cosignature;

	/**
	 * The cached value of the '{@link #getAddenda() <em>Addenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddenda()
	 * @generated
	 * @ordered
	 */
	protected EList<Addendum> addenda;

	/**
	 * The default value of the '{@link #isLateEntry() <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLateEntry()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LATE_ENTRY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLateEntry() <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLateEntry()
	 * @generated
	 * @ordered
	 */
	protected boolean lateEntry = LATE_ENTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLateEntryReason() <em>Late Entry Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateEntryReason()
	 * @generated
	 * @ordered
	 */
	protected static final String LATE_ENTRY_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLateEntryReason() <em>Late Entry Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLateEntryReason()
	 * @generated
	 * @ordered
	 */
	protected String lateEntryReason = LATE_ENTRY_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReviewComments() <em>Review Comments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewComments()
	 * @generated
	 * @ordered
	 */
	protected EList<ReviewComment> reviewComments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RecordPackage.Literals.NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<FieldValue>(FieldValue.class, this, RecordPackage.NOTE__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GroupValue> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<GroupValue>(GroupValue.class, this, RecordPackage.NOTE__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientId() {
		return clientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientId(String newClientId) {
		String oldClientId = clientId;
		clientId = newClientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__CLIENT_ID, oldClientId, clientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEpisodeId() {
		return episodeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEpisodeId(String newEpisodeId) {
		String oldEpisodeId = episodeId;
		episodeId = newEpisodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__EPISODE_ID, oldEpisodeId, episodeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionId() {
		return sessionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionId(String newSessionId) {
		String oldSessionId = sessionId;
		sessionId = newSessionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__SESSION_ID, oldSessionId, sessionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplateId() {
		return templateId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateId(String newTemplateId) {
		String oldTemplateId = templateId;
		templateId = newTemplateId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__TEMPLATE_ID, oldTemplateId, templateId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTemplateVersion() {
		return templateVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplateVersion(int newTemplateVersion) {
		int oldTemplateVersion = templateVersion;
		templateVersion = newTemplateVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__TEMPLATE_VERSION, oldTemplateVersion, templateVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__AUTHOR_ID, oldAuthorId, authorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(NoteStatus newStatus) {
		NoteStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateOfService() {
		return dateOfService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfService(LocalDate newDateOfService) {
		LocalDate oldDateOfService = dateOfService;
		dateOfService = newDateOfService;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__DATE_OF_SERVICE, oldDateOfService, dateOfService));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getServiceEnd() {
		return serviceEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setServiceEnd(Instant newServiceEnd) {
		Instant oldServiceEnd = serviceEnd;
		serviceEnd = newServiceEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__SERVICE_END, oldServiceEnd, serviceEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getSignature() {
		return signature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignature(Signature newSignature, NotificationChain msgs) {
		Signature oldSignature = signature;
		signature = newSignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__SIGNATURE, oldSignature, newSignature);
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
	public void setSignature(Signature newSignature) {
		if (newSignature != signature) {
			NotificationChain msgs = null;
			if (signature != null)
				msgs = ((InternalEObject)signature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecordPackage.NOTE__SIGNATURE, null, msgs);
			if (newSignature != null)
				msgs = ((InternalEObject)newSignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecordPackage.NOTE__SIGNATURE, null, msgs);
			msgs = basicSetSignature(newSignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__SIGNATURE, newSignature, newSignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signature getCosignature() {
		return cosignature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCosignature(Signature newCosignature, NotificationChain msgs) {
		Signature oldCosignature = cosignature;
		cosignature = newCosignature;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__COSIGNATURE, oldCosignature, newCosignature);
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
	public void setCosignature(Signature newCosignature) {
		if (newCosignature != cosignature) {
			NotificationChain msgs = null;
			if (cosignature != null)
				msgs = ((InternalEObject)cosignature).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RecordPackage.NOTE__COSIGNATURE, null, msgs);
			if (newCosignature != null)
				msgs = ((InternalEObject)newCosignature).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RecordPackage.NOTE__COSIGNATURE, null, msgs);
			msgs = basicSetCosignature(newCosignature, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__COSIGNATURE, newCosignature, newCosignature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Addendum> getAddenda() {
		if (addenda == null) {
			addenda = new EObjectContainmentEList<Addendum>(Addendum.class, this, RecordPackage.NOTE__ADDENDA);
		}
		return addenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLateEntry() {
		return lateEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLateEntry(boolean newLateEntry) {
		boolean oldLateEntry = lateEntry;
		lateEntry = newLateEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__LATE_ENTRY, oldLateEntry, lateEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLateEntryReason() {
		return lateEntryReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLateEntryReason(String newLateEntryReason) {
		String oldLateEntryReason = lateEntryReason;
		lateEntryReason = newLateEntryReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RecordPackage.NOTE__LATE_ENTRY_REASON, oldLateEntryReason, lateEntryReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReviewComment> getReviewComments() {
		if (reviewComments == null) {
			reviewComments = new EObjectContainmentEList<ReviewComment>(ReviewComment.class, this, RecordPackage.NOTE__REVIEW_COMMENTS);
		}
		return reviewComments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RecordPackage.NOTE__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
			case RecordPackage.NOTE__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
			case RecordPackage.NOTE__SIGNATURE:
				return basicSetSignature(null, msgs);
			case RecordPackage.NOTE__COSIGNATURE:
				return basicSetCosignature(null, msgs);
			case RecordPackage.NOTE__ADDENDA:
				return ((InternalEList<?>)getAddenda()).basicRemove(otherEnd, msgs);
			case RecordPackage.NOTE__REVIEW_COMMENTS:
				return ((InternalEList<?>)getReviewComments()).basicRemove(otherEnd, msgs);
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
			case RecordPackage.NOTE__VALUES:
				return getValues();
			case RecordPackage.NOTE__GROUPS:
				return getGroups();
			case RecordPackage.NOTE__CLIENT_ID:
				return getClientId();
			case RecordPackage.NOTE__EPISODE_ID:
				return getEpisodeId();
			case RecordPackage.NOTE__SESSION_ID:
				return getSessionId();
			case RecordPackage.NOTE__TEMPLATE_ID:
				return getTemplateId();
			case RecordPackage.NOTE__TEMPLATE_VERSION:
				return getTemplateVersion();
			case RecordPackage.NOTE__AUTHOR_ID:
				return getAuthorId();
			case RecordPackage.NOTE__STATUS:
				return getStatus();
			case RecordPackage.NOTE__CREATED_AT:
				return getCreatedAt();
			case RecordPackage.NOTE__DATE_OF_SERVICE:
				return getDateOfService();
			case RecordPackage.NOTE__SERVICE_END:
				return getServiceEnd();
			case RecordPackage.NOTE__SIGNATURE:
				return getSignature();
			case RecordPackage.NOTE__COSIGNATURE:
				return getCosignature();
			case RecordPackage.NOTE__ADDENDA:
				return getAddenda();
			case RecordPackage.NOTE__LATE_ENTRY:
				return isLateEntry();
			case RecordPackage.NOTE__LATE_ENTRY_REASON:
				return getLateEntryReason();
			case RecordPackage.NOTE__REVIEW_COMMENTS:
				return getReviewComments();
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
			case RecordPackage.NOTE__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends FieldValue>)newValue);
				return;
			case RecordPackage.NOTE__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends GroupValue>)newValue);
				return;
			case RecordPackage.NOTE__CLIENT_ID:
				setClientId((String)newValue);
				return;
			case RecordPackage.NOTE__EPISODE_ID:
				setEpisodeId((String)newValue);
				return;
			case RecordPackage.NOTE__SESSION_ID:
				setSessionId((String)newValue);
				return;
			case RecordPackage.NOTE__TEMPLATE_ID:
				setTemplateId((String)newValue);
				return;
			case RecordPackage.NOTE__TEMPLATE_VERSION:
				setTemplateVersion((Integer)newValue);
				return;
			case RecordPackage.NOTE__AUTHOR_ID:
				setAuthorId((String)newValue);
				return;
			case RecordPackage.NOTE__STATUS:
				setStatus((NoteStatus)newValue);
				return;
			case RecordPackage.NOTE__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case RecordPackage.NOTE__DATE_OF_SERVICE:
				setDateOfService((LocalDate)newValue);
				return;
			case RecordPackage.NOTE__SERVICE_END:
				setServiceEnd((Instant)newValue);
				return;
			case RecordPackage.NOTE__SIGNATURE:
				setSignature((Signature)newValue);
				return;
			case RecordPackage.NOTE__COSIGNATURE:
				setCosignature((Signature)newValue);
				return;
			case RecordPackage.NOTE__ADDENDA:
				getAddenda().clear();
				getAddenda().addAll((Collection<? extends Addendum>)newValue);
				return;
			case RecordPackage.NOTE__LATE_ENTRY:
				setLateEntry((Boolean)newValue);
				return;
			case RecordPackage.NOTE__LATE_ENTRY_REASON:
				setLateEntryReason((String)newValue);
				return;
			case RecordPackage.NOTE__REVIEW_COMMENTS:
				getReviewComments().clear();
				getReviewComments().addAll((Collection<? extends ReviewComment>)newValue);
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
			case RecordPackage.NOTE__VALUES:
				getValues().clear();
				return;
			case RecordPackage.NOTE__GROUPS:
				getGroups().clear();
				return;
			case RecordPackage.NOTE__CLIENT_ID:
				setClientId(CLIENT_ID_EDEFAULT);
				return;
			case RecordPackage.NOTE__EPISODE_ID:
				setEpisodeId(EPISODE_ID_EDEFAULT);
				return;
			case RecordPackage.NOTE__SESSION_ID:
				setSessionId(SESSION_ID_EDEFAULT);
				return;
			case RecordPackage.NOTE__TEMPLATE_ID:
				setTemplateId(TEMPLATE_ID_EDEFAULT);
				return;
			case RecordPackage.NOTE__TEMPLATE_VERSION:
				setTemplateVersion(TEMPLATE_VERSION_EDEFAULT);
				return;
			case RecordPackage.NOTE__AUTHOR_ID:
				setAuthorId(AUTHOR_ID_EDEFAULT);
				return;
			case RecordPackage.NOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RecordPackage.NOTE__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case RecordPackage.NOTE__DATE_OF_SERVICE:
				setDateOfService(DATE_OF_SERVICE_EDEFAULT);
				return;
			case RecordPackage.NOTE__SERVICE_END:
				setServiceEnd(SERVICE_END_EDEFAULT);
				return;
			case RecordPackage.NOTE__SIGNATURE:
				setSignature((Signature)null);
				return;
			case RecordPackage.NOTE__COSIGNATURE:
				setCosignature((Signature)null);
				return;
			case RecordPackage.NOTE__ADDENDA:
				getAddenda().clear();
				return;
			case RecordPackage.NOTE__LATE_ENTRY:
				setLateEntry(LATE_ENTRY_EDEFAULT);
				return;
			case RecordPackage.NOTE__LATE_ENTRY_REASON:
				setLateEntryReason(LATE_ENTRY_REASON_EDEFAULT);
				return;
			case RecordPackage.NOTE__REVIEW_COMMENTS:
				getReviewComments().clear();
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
			case RecordPackage.NOTE__VALUES:
				return values != null && !values.isEmpty();
			case RecordPackage.NOTE__GROUPS:
				return groups != null && !groups.isEmpty();
			case RecordPackage.NOTE__CLIENT_ID:
				return CLIENT_ID_EDEFAULT == null ? clientId != null : !CLIENT_ID_EDEFAULT.equals(clientId);
			case RecordPackage.NOTE__EPISODE_ID:
				return EPISODE_ID_EDEFAULT == null ? episodeId != null : !EPISODE_ID_EDEFAULT.equals(episodeId);
			case RecordPackage.NOTE__SESSION_ID:
				return SESSION_ID_EDEFAULT == null ? sessionId != null : !SESSION_ID_EDEFAULT.equals(sessionId);
			case RecordPackage.NOTE__TEMPLATE_ID:
				return TEMPLATE_ID_EDEFAULT == null ? templateId != null : !TEMPLATE_ID_EDEFAULT.equals(templateId);
			case RecordPackage.NOTE__TEMPLATE_VERSION:
				return templateVersion != TEMPLATE_VERSION_EDEFAULT;
			case RecordPackage.NOTE__AUTHOR_ID:
				return AUTHOR_ID_EDEFAULT == null ? authorId != null : !AUTHOR_ID_EDEFAULT.equals(authorId);
			case RecordPackage.NOTE__STATUS:
				return status != STATUS_EDEFAULT;
			case RecordPackage.NOTE__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case RecordPackage.NOTE__DATE_OF_SERVICE:
				return DATE_OF_SERVICE_EDEFAULT == null ? dateOfService != null : !DATE_OF_SERVICE_EDEFAULT.equals(dateOfService);
			case RecordPackage.NOTE__SERVICE_END:
				return SERVICE_END_EDEFAULT == null ? serviceEnd != null : !SERVICE_END_EDEFAULT.equals(serviceEnd);
			case RecordPackage.NOTE__SIGNATURE:
				return signature != null;
			case RecordPackage.NOTE__COSIGNATURE:
				return cosignature != null;
			case RecordPackage.NOTE__ADDENDA:
				return addenda != null && !addenda.isEmpty();
			case RecordPackage.NOTE__LATE_ENTRY:
				return lateEntry != LATE_ENTRY_EDEFAULT;
			case RecordPackage.NOTE__LATE_ENTRY_REASON:
				return LATE_ENTRY_REASON_EDEFAULT == null ? lateEntryReason != null : !LATE_ENTRY_REASON_EDEFAULT.equals(lateEntryReason);
			case RecordPackage.NOTE__REVIEW_COMMENTS:
				return reviewComments != null && !reviewComments.isEmpty();
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
		if (baseClass == ValueHolder.class) {
			switch (derivedFeatureID) {
				case RecordPackage.NOTE__VALUES: return RecordPackage.VALUE_HOLDER__VALUES;
				case RecordPackage.NOTE__GROUPS: return RecordPackage.VALUE_HOLDER__GROUPS;
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
		if (baseClass == ValueHolder.class) {
			switch (baseFeatureID) {
				case RecordPackage.VALUE_HOLDER__VALUES: return RecordPackage.NOTE__VALUES;
				case RecordPackage.VALUE_HOLDER__GROUPS: return RecordPackage.NOTE__GROUPS;
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
		result.append(" (clientId: ");
		result.append(clientId);
		result.append(", episodeId: ");
		result.append(episodeId);
		result.append(", sessionId: ");
		result.append(sessionId);
		result.append(", templateId: ");
		result.append(templateId);
		result.append(", templateVersion: ");
		result.append(templateVersion);
		result.append(", authorId: ");
		result.append(authorId);
		result.append(", status: ");
		result.append(status);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", dateOfService: ");
		result.append(dateOfService);
		result.append(", serviceEnd: ");
		result.append(serviceEnd);
		result.append(", lateEntry: ");
		result.append(lateEntry);
		result.append(", lateEntryReason: ");
		result.append(lateEntryReason);
		result.append(')');
		return result.toString();
	}

} //NoteImpl
