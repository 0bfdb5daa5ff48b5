/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of one template with inheritance and includes applied. A note pins its id and version.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getId <em>Id</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getBaseChain <em>Base Chain</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getInstruments <em>Instruments</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getRuleConfiguration <em>Rule Configuration</em>}</li>
 *   <li>{@link org.casenotes.model.form.FormDefinition#getLetterBody <em>Letter Body</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getFormDefinition()
 * @model
 * @generated
 */
public interface FormDefinition extends ElementContainer {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualified template id, e.g. std.SoapNote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.form.FormKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.form.FormKind
	 * @see #setKind(FormKind)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Kind()
	 * @model
	 * @generated
	 */
	FormKind getKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.form.FormKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(FormKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Base Chain</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Qualified ids of the templates this one was flattened from, nearest base first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Base Chain</em>' attribute list.
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_BaseChain()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getBaseChain();

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the template was loaded from (file, library or plugin contribution), for messages.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getSourceUri <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Uri</em>' attribute.
	 * @see #getSourceUri()
	 * @generated
	 */
	void setSourceUri(String value);

	/**
	 * Returns the value of the '<em><b>Instruments</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.form.Instrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Copies of the instruments embedded by this form, so that the definition is self-contained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instruments</em>' containment reference list.
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_Instruments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instrument> getInstruments();

	/**
	 * Returns the value of the '<em><b>Rule Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule Configuration</em>' containment reference.
	 * @see #setRuleConfiguration(RuleConfiguration)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_RuleConfiguration()
	 * @model containment="true"
	 * @generated
	 */
	RuleConfiguration getRuleConfiguration();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getRuleConfiguration <em>Rule Configuration</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Configuration</em>' containment reference.
	 * @see #getRuleConfiguration()
	 * @generated
	 */
	void setRuleConfiguration(RuleConfiguration value);

	/**
	 * Returns the value of the '<em><b>Letter Body</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The merge text of a letter; set only for forms of kind LETTER.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Letter Body</em>' containment reference.
	 * @see #setLetterBody(LetterBody)
	 * @see org.casenotes.model.form.FormPackage#getFormDefinition_LetterBody()
	 * @model containment="true"
	 * @generated
	 */
	LetterBody getLetterBody();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.FormDefinition#getLetterBody <em>Letter Body</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Letter Body</em>' containment reference.
	 * @see #getLetterBody()
	 * @generated
	 */
	void setLetterBody(LetterBody value);

} // FormDefinition
