/**
 */
package org.casenotes.model.record;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Audit Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of the audit trail: who did what to which object, when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getActorId <em>Actor Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getAt <em>At</em>}</li>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getAction <em>Action</em>}</li>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getObjectType <em>Object Type</em>}</li>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.AuditEvent#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getAuditEvent()
 * @model
 * @generated
 */
public interface AuditEvent extends EObject {
	/**
	 * Returns the value of the '<em><b>Actor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actor Id</em>' attribute.
	 * @see #setActorId(String)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_ActorId()
	 * @model
	 * @generated
	 */
	String getActorId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getActorId <em>Actor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actor Id</em>' attribute.
	 * @see #getActorId()
	 * @generated
	 */
	void setActorId(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_At()
	 * @model dataType="org.casenotes.model.record.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.record.AuditAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' attribute.
	 * @see org.casenotes.model.record.AuditAction
	 * @see #setAction(AuditAction)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_Action()
	 * @model
	 * @generated
	 */
	AuditAction getAction();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getAction <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' attribute.
	 * @see org.casenotes.model.record.AuditAction
	 * @see #getAction()
	 * @generated
	 */
	void setAction(AuditAction value);

	/**
	 * Returns the value of the '<em><b>Object Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Type</em>' attribute.
	 * @see #setObjectType(String)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_ObjectType()
	 * @model
	 * @generated
	 */
	String getObjectType();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getObjectType <em>Object Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Type</em>' attribute.
	 * @see #getObjectType()
	 * @generated
	 */
	void setObjectType(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(String)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_ObjectId()
	 * @model
	 * @generated
	 */
	String getObjectId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(String value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.casenotes.model.record.RecordPackage#getAuditEvent_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.AuditEvent#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // AuditEvent
