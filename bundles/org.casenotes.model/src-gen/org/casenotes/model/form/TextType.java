/**
 */
package org.casenotes.model.form;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Free text with optional length and pattern constraints; unset limits are null.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.form.TextType#getMinWords <em>Min Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.TextType#getMaxWords <em>Max Words</em>}</li>
 *   <li>{@link org.casenotes.model.form.TextType#getMinChars <em>Min Chars</em>}</li>
 *   <li>{@link org.casenotes.model.form.TextType#getMaxChars <em>Max Chars</em>}</li>
 *   <li>{@link org.casenotes.model.form.TextType#getPattern <em>Pattern</em>}</li>
 *   <li>{@link org.casenotes.model.form.TextType#getPatternMessage <em>Pattern Message</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.form.FormPackage#getTextType()
 * @model abstract="true"
 * @generated
 */
public interface TextType extends FieldType {
	/**
	 * Returns the value of the '<em><b>Min Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Words</em>' attribute.
	 * @see #setMinWords(Integer)
	 * @see org.casenotes.model.form.FormPackage#getTextType_MinWords()
	 * @model
	 * @generated
	 */
	Integer getMinWords();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getMinWords <em>Min Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Words</em>' attribute.
	 * @see #getMinWords()
	 * @generated
	 */
	void setMinWords(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Words</em>' attribute.
	 * @see #setMaxWords(Integer)
	 * @see org.casenotes.model.form.FormPackage#getTextType_MaxWords()
	 * @model
	 * @generated
	 */
	Integer getMaxWords();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getMaxWords <em>Max Words</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Words</em>' attribute.
	 * @see #getMaxWords()
	 * @generated
	 */
	void setMaxWords(Integer value);

	/**
	 * Returns the value of the '<em><b>Min Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Chars</em>' attribute.
	 * @see #setMinChars(Integer)
	 * @see org.casenotes.model.form.FormPackage#getTextType_MinChars()
	 * @model
	 * @generated
	 */
	Integer getMinChars();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getMinChars <em>Min Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Chars</em>' attribute.
	 * @see #getMinChars()
	 * @generated
	 */
	void setMinChars(Integer value);

	/**
	 * Returns the value of the '<em><b>Max Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Chars</em>' attribute.
	 * @see #setMaxChars(Integer)
	 * @see org.casenotes.model.form.FormPackage#getTextType_MaxChars()
	 * @model
	 * @generated
	 */
	Integer getMaxChars();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getMaxChars <em>Max Chars</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Chars</em>' attribute.
	 * @see #getMaxChars()
	 * @generated
	 */
	void setMaxChars(Integer value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A java.util.regex pattern the whole text must match.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see org.casenotes.model.form.FormPackage#getTextType_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Pattern Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pattern Message</em>' attribute.
	 * @see #setPatternMessage(String)
	 * @see org.casenotes.model.form.FormPackage#getTextType_PatternMessage()
	 * @model
	 * @generated
	 */
	String getPatternMessage();

	/**
	 * Sets the value of the '{@link org.casenotes.model.form.TextType#getPatternMessage <em>Pattern Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern Message</em>' attribute.
	 * @see #getPatternMessage()
	 * @generated
	 */
	void setPatternMessage(String value);

} // TextType
