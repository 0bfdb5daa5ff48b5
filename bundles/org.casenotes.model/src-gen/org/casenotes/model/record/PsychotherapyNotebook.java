/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Psychotherapy Notebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client's psychotherapy (process) notes, kept apart from the clinical record: no class of the record contains it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.PsychotherapyNotebook#getClientId <em>Client Id</em>}</li>
 *   <li>{@link org.casenotes.model.record.PsychotherapyNotebook#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getPsychotherapyNotebook()
 * @model
 * @generated
 */
public interface PsychotherapyNotebook extends Identified {
	/**
	 * Returns the value of the '<em><b>Client Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Id</em>' attribute.
	 * @see #setClientId(String)
	 * @see org.casenotes.model.record.RecordPackage#getPsychotherapyNotebook_ClientId()
	 * @model required="true"
	 * @generated
	 */
	String getClientId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.record.PsychotherapyNotebook#getClientId <em>Client Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Id</em>' attribute.
	 * @see #getClientId()
	 * @generated
	 */
	void setClientId(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.record.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.casenotes.model.record.RecordPackage#getPsychotherapyNotebook_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

} // PsychotherapyNotebook
