/**
 */
package org.casenotes.model.record;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A clinical document written on a form definition. Change it only through the note lifecycle API, which refuses every change to signed content.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.Note#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getEpisodeId <em>Episode Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getSessionId <em>Session Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getTemplateId <em>Template Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getTemplateVersion <em>Template Version</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getAuthorId <em>Author Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getDateOfService <em>Date Of Service</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getServiceEnd <em>Service End</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getSignature <em>Signature</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getCosignature <em>Cosignature</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#isLateEntry <em>Late Entry</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getLateEntryReason <em>Late Entry Reason</em>}</li>
 *   <li>{@link org.casenotes.model.record.Note#getReviewComments <em>Review Comments</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getNote()
 * @model
 * @generated
 */
public interface Note extends Identified, ValueHolder {
	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_ClientId()
	 * @model
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Episode Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Episode Id</em>' attribute.
	 * @see #setEpisodeId(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_EpisodeId()
	 * @model
	 * @generated
	 */
	String getEpisodeId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getEpisodeId <em>Episode Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Episode Id</em>' attribute.
	 * @see #getEpisodeId()
	 * @generated
	 */
	void setEpisodeId(String value);

	/**
	 * Returns the value of the '<em><b>Session Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Session Id</em>' attribute.
	 * @see #setSessionId(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_SessionId()
	 * @model
	 * @generated
	 */
	String getSessionId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getSessionId <em>Session Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Id</em>' attribute.
	 * @see #getSessionId()
	 * @generated
	 */
	void setSessionId(String value);

	/**
	 * Returns the value of the '<em><b>Template Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualified id of the form definition the note was written on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Id</em>' attribute.
	 * @see #setTemplateId(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_TemplateId()
	 * @model required="true"
	 * @generated
	 */
	String getTemplateId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getTemplateId <em>Template Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Id</em>' attribute.
	 * @see #getTemplateId()
	 * @generated
	 */
	void setTemplateId(String value);

	/**
	 * Returns the value of the '<em><b>Template Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of that form definition; later template edits never change the note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Template Version</em>' attribute.
	 * @see #setTemplateVersion(int)
	 * @see org.casenotes.model.record.RecordPackage#getNote_TemplateVersion()
	 * @model
	 * @generated
	 */
	int getTemplateVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getTemplateVersion <em>Template Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template Version</em>' attribute.
	 * @see #getTemplateVersion()
	 * @generated
	 */
	void setTemplateVersion(int value);

	/**
	 * Returns the value of the '<em><b>Author Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author Id</em>' attribute.
	 * @see #setAuthorId(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_AuthorId()
	 * @model
	 * @generated
	 */
	String getAuthorId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getAuthorId <em>Author Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author Id</em>' attribute.
	 * @see #getAuthorId()
	 * @generated
	 */
	void setAuthorId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.NoteStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.NoteStatus
	 * @see #setStatus(NoteStatus)
	 * @see org.casenotes.model.record.RecordPackage#getNote_Status()
	 * @model
	 * @generated
	 */
	NoteStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.record.NoteStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoteStatus value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.casenotes.model.record.RecordPackage#getNote_CreatedAt()
	 * @model dataType="org.casenotes.model.record.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Date Of Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Service</em>' attribute.
	 * @see #setDateOfService(LocalDate)
	 * @see org.casenotes.model.record.RecordPackage#getNote_DateOfService()
	 * @model dataType="org.casenotes.model.record.LocalDate"
	 * @generated
	 */
	LocalDate getDateOfService();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getDateOfService <em>Date Of Service</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Service</em>' attribute.
	 * @see #getDateOfService()
	 * @generated
	 */
	void setDateOfService(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Service End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the documented service ended; the signing window runs from here (or from the end of the date of service).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service End</em>' attribute.
	 * @see #setServiceEnd(Instant)
	 * @see org.casenotes.model.record.RecordPackage#getNote_ServiceEnd()
	 * @model dataType="org.casenotes.model.record.Instant"
	 * @generated
	 */
	Instant getServiceEnd();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getServiceEnd <em>Service End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service End</em>' attribute.
	 * @see #getServiceEnd()
	 * @generated
	 */
	void setServiceEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Signature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature</em>' containment reference.
	 * @see #setSignature(Signature)
	 * @see org.casenotes.model.record.RecordPackage#getNote_Signature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getSignature();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getSignature <em>Signature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature</em>' containment reference.
	 * @see #getSignature()
	 * @generated
	 */
	void setSignature(Signature value);

	/**
	 * Returns the value of the '<em><b>Cosignature</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The supervisor's co-signature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cosignature</em>' containment reference.
	 * @see #setCosignature(Signature)
	 * @see org.casenotes.model.record.RecordPackage#getNote_Cosignature()
	 * @model containment="true"
	 * @generated
	 */
	Signature getCosignature();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getCosignature <em>Cosignature</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cosignature</em>' containment reference.
	 * @see #getCosignature()
	 * @generated
	 */
	void setCosignature(Signature value);

	/**
	 * Returns the value of the '<em><b>Addenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Addendum}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Corrections and additions after signing, oldest first; the signed content is never changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addenda</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getNote_Addenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<Addendum> getAddenda();

	/**
	 * Returns the value of the '<em><b>Late Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signed after the signing window.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Late Entry</em>' attribute.
	 * @see #setLateEntry(boolean)
	 * @see org.casenotes.model.record.RecordPackage#getNote_LateEntry()
	 * @model
	 * @generated
	 */
	boolean isLateEntry();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#isLateEntry <em>Late Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Late Entry</em>' attribute.
	 * @see #isLateEntry()
	 * @generated
	 */
	void setLateEntry(boolean value);

	/**
	 * Returns the value of the '<em><b>Late Entry Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Late Entry Reason</em>' attribute.
	 * @see #setLateEntryReason(String)
	 * @see org.casenotes.model.record.RecordPackage#getNote_LateEntryReason()
	 * @model
	 * @generated
	 */
	String getLateEntryReason();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.Note#getLateEntryReason <em>Late Entry Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Late Entry Reason</em>' attribute.
	 * @see #getLateEntryReason()
	 * @generated
	 */
	void setLateEntryReason(String value);

	/**
	 * Returns the value of the '<em><b>Review Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Review Comments</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getNote_ReviewComments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getReviewComments();

} // Note
