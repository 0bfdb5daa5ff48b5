/**
 */
package org.casenotes.model.record;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Choice Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.record.ChoiceValue#getOptionIds <em>Option Ids</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.record.RecordPackage#getChoiceValue()
 * @model
 * @generated
 */
public interface ChoiceValue extends FieldValue {
	/**
	 * Returns the value of the '<em><b>Option Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The chosen option ids; one for a single choice.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Option Ids</em>' attribute list.
	 * @see org.casenotes.model.record.RecordPackage#getChoiceValue_OptionIds()
	 * @model
	 * @generated
	 */
	EList<String> getOptionIds();

} // ChoiceValue
