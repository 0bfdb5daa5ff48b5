/**
 */
package org.casenotes.model.record;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.ReviewComment#getReviewerId <em>Reviewer Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.ReviewComment#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.record.ReviewComment#getFieldId <em>Field Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.ReviewComment#getText <em>Text</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getReviewComment()
 * @model
 * @generated
 */
public interface ReviewComment extends EObject {
	/**
	 * Returns the value of the '<em><b>Reviewer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer Id</em>' attribute.
	 * @see #setReviewerId(String)
	 * @see org.casenotes.model.record.RecordPackage#getReviewComment_ReviewerId()
	 * @model
	 * @generated
	 */
	String getReviewerId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ReviewComment#getReviewerId <em>Reviewer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer Id</em>' attribute.
	 * @see #getReviewerId()
	 * @generated
	 */
	void setReviewerId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.casenotes.model.record.RecordPackage#getReviewComment_CreatedAt()
	 * @model dataType="org.casenotes.model.record.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ReviewComment#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Field Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The field the comment is about, or null for the whole note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Id</em>' attribute.
	 * @see #setFieldId(String)
	 * @see org.casenotes.model.record.RecordPackage#getReviewComment_FieldId()
	 * @model
	 * @generated
	 */
	String getFieldId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ReviewComment#getFieldId <em>Field Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Id</em>' attribute.
	 * @see #getFieldId()
	 * @generated
	 */
	void setFieldId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.casenotes.model.record.RecordPackage#getReviewComment_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.ReviewComment#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

} // ReviewComment
