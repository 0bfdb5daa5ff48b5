/**
 */
package org.casenotes.model.form;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The resolved, flattened and versioned form of a note template: what the template language compiles to and what notes, rules, editors and the CLI read. Holds no template-language types.
 * <!-- end-model-doc -->
 * @see org.casenotes.model.form.FormFactory
 * @model kind="package"
 * @generated
 */
public interface FormPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "form";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casenotes.org/model/form/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "form";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	FormPackage eINSTANCE = org.casenotes.model.form.impl.FormPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.ElementContainer <em>Element Container</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.ElementContainer
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getElementContainer()
	 * @generated
	 */
	int ELEMENT_CONTAINER = 0;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_CONTAINER__ELEMENTS = 0;

	/**
	 * The number of structural features of the '<em>Element Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_CONTAINER_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Element Container</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_CONTAINER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.FormDefinitionImpl <em>Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.FormDefinitionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormDefinition()
	 * @generated
	 */
	int FORM_DEFINITION = 1;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__ELEMENTS = ELEMENT_CONTAINER__ELEMENTS;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__ID = ELEMENT_CONTAINER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__TITLE = ELEMENT_CONTAINER_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__VERSION = ELEMENT_CONTAINER_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__KIND = ELEMENT_CONTAINER_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__DESCRIPTION = ELEMENT_CONTAINER_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Base Chain</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__BASE_CHAIN = ELEMENT_CONTAINER_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__SOURCE_URI = ELEMENT_CONTAINER_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instruments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__INSTRUMENTS = ELEMENT_CONTAINER_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Rule Configuration</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__RULE_CONFIGURATION = ELEMENT_CONTAINER_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Letter Body</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION__LETTER_BODY = ELEMENT_CONTAINER_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_FEATURE_COUNT = ELEMENT_CONTAINER_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_DEFINITION_OPERATION_COUNT = ELEMENT_CONTAINER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.FormElementImpl <em>Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.FormElementImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormElement()
	 * @generated
	 */
	int FORM_ELEMENT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ELEMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ELEMENT__SHOWN_WHEN = 2;

	/**
	 * The number of structural features of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORM_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.ValueElement <em>Value Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.ValueElement
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getValueElement()
	 * @generated
	 */
	int VALUE_ELEMENT = 3;

	/**
	 * The number of structural features of the '<em>Value Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_ELEMENT_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Value Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.SectionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ELEMENTS = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__GUIDANCE = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.FieldImpl <em>Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.FieldImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getField()
	 * @generated
	 */
	int FIELD = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__HINT = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__REQUIRED = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Required When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__REQUIRED_WHEN = FORM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Client Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__CLIENT_WORDS = FORM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD__TYPE = FORM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.RepeatableGroupImpl <em>Repeatable Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.RepeatableGroupImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getRepeatableGroup()
	 * @generated
	 */
	int REPEATABLE_GROUP = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Elements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__ELEMENTS = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__HINT = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__MIN_ROWS = FORM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP__MAX_ROWS = FORM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Repeatable Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Repeatable Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPEATABLE_GROUP_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.InstrumentBlockImpl <em>Instrument Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.InstrumentBlockImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentBlock()
	 * @generated
	 */
	int INSTRUMENT_BLOCK = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Instrument</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK__INSTRUMENT = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK__REQUIRED = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Instrument Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Instrument Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_BLOCK_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.SignatureBlockImpl <em>Signature Block</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.SignatureBlockImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getSignatureBlock()
	 * @generated
	 */
	int SIGNATURE_BLOCK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Attestation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__ATTESTATION = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Credentials Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__CREDENTIALS_REQUIRED = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cosignature Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__COSIGNATURE_REQUIRED = FORM_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cosignature When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK__COSIGNATURE_WHEN = FORM_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Signature Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Signature Block</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNATURE_BLOCK_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.CalculatedValueImpl <em>Calculated Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.CalculatedValueImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getCalculatedValue()
	 * @generated
	 */
	int CALCULATED_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE__ID = FORM_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE__LABEL = FORM_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Shown When</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE__SHOWN_WHEN = FORM_ELEMENT__SHOWN_WHEN;

	/**
	 * The feature id for the '<em><b>Calculation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE__CALCULATION = FORM_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Calculated Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE_FEATURE_COUNT = FORM_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Calculated Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATED_VALUE_OPERATION_COUNT = FORM_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.FieldTypeImpl <em>Field Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.FieldTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getFieldType()
	 * @generated
	 */
	int FIELD_TYPE = 10;

	/**
	 * The number of structural features of the '<em>Field Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_TYPE_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Field Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_TYPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.TextTypeImpl <em>Text Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.TextTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getTextType()
	 * @generated
	 */
	int TEXT_TYPE = 11;

	/**
	 * The feature id for the '<em><b>Min Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__MIN_WORDS = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__MAX_WORDS = FIELD_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__MIN_CHARS = FIELD_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__MAX_CHARS = FIELD_TYPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__PATTERN = FIELD_TYPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Pattern Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE__PATTERN_MESSAGE = FIELD_TYPE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ShortTextTypeImpl <em>Short Text Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ShortTextTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getShortTextType()
	 * @generated
	 */
	int SHORT_TEXT_TYPE = 12;

	/**
	 * The feature id for the '<em><b>Min Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__MIN_WORDS = TEXT_TYPE__MIN_WORDS;

	/**
	 * The feature id for the '<em><b>Max Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__MAX_WORDS = TEXT_TYPE__MAX_WORDS;

	/**
	 * The feature id for the '<em><b>Min Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__MIN_CHARS = TEXT_TYPE__MIN_CHARS;

	/**
	 * The feature id for the '<em><b>Max Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__MAX_CHARS = TEXT_TYPE__MAX_CHARS;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__PATTERN = TEXT_TYPE__PATTERN;

	/**
	 * The feature id for the '<em><b>Pattern Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE__PATTERN_MESSAGE = TEXT_TYPE__PATTERN_MESSAGE;

	/**
	 * The number of structural features of the '<em>Short Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE_FEATURE_COUNT = TEXT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Short Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHORT_TEXT_TYPE_OPERATION_COUNT = TEXT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.LongTextTypeImpl <em>Long Text Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.LongTextTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getLongTextType()
	 * @generated
	 */
	int LONG_TEXT_TYPE = 13;

	/**
	 * The feature id for the '<em><b>Min Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__MIN_WORDS = TEXT_TYPE__MIN_WORDS;

	/**
	 * The feature id for the '<em><b>Max Words</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__MAX_WORDS = TEXT_TYPE__MAX_WORDS;

	/**
	 * The feature id for the '<em><b>Min Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__MIN_CHARS = TEXT_TYPE__MIN_CHARS;

	/**
	 * The feature id for the '<em><b>Max Chars</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__MAX_CHARS = TEXT_TYPE__MAX_CHARS;

	/**
	 * The feature id for the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__PATTERN = TEXT_TYPE__PATTERN;

	/**
	 * The feature id for the '<em><b>Pattern Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE__PATTERN_MESSAGE = TEXT_TYPE__PATTERN_MESSAGE;

	/**
	 * The number of structural features of the '<em>Long Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE_FEATURE_COUNT = TEXT_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Long Text Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LONG_TEXT_TYPE_OPERATION_COUNT = TEXT_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.NumberTypeImpl <em>Number Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.NumberTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberType()
	 * @generated
	 */
	int NUMBER_TYPE = 14;

	/**
	 * The feature id for the '<em><b>Number Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE__NUMBER_KIND = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE__UNIT = FIELD_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE__MIN = FIELD_TYPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE__MAX = FIELD_TYPE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Number Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Number Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.BooleanTypeImpl <em>Boolean Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.BooleanTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getBooleanType()
	 * @generated
	 */
	int BOOLEAN_TYPE = 15;

	/**
	 * The number of structural features of the '<em>Boolean Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Boolean Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.DateTypeImpl <em>Date Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.DateTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getDateType()
	 * @generated
	 */
	int DATE_TYPE = 16;

	/**
	 * The number of structural features of the '<em>Date Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Date Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.TimeTypeImpl <em>Time Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.TimeTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getTimeType()
	 * @generated
	 */
	int TIME_TYPE = 17;

	/**
	 * The number of structural features of the '<em>Time Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Time Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.DateTimeTypeImpl <em>Date Time Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.DateTimeTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getDateTimeType()
	 * @generated
	 */
	int DATE_TIME_TYPE = 18;

	/**
	 * The number of structural features of the '<em>Date Time Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Date Time Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATE_TIME_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.DurationTypeImpl <em>Duration Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.DurationTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getDurationType()
	 * @generated
	 */
	int DURATION_TYPE = 19;

	/**
	 * The number of structural features of the '<em>Duration Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Duration Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ChoiceTypeImpl <em>Choice Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ChoiceTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getChoiceType()
	 * @generated
	 */
	int CHOICE_TYPE = 20;

	/**
	 * The feature id for the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_TYPE__MULTIPLE = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_TYPE__OPTIONS = FIELD_TYPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Option Set Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_TYPE__OPTION_SET_ID = FIELD_TYPE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Choice Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Choice Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ChoiceOptionImpl <em>Choice Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ChoiceOptionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getChoiceOption()
	 * @generated
	 */
	int CHOICE_OPTION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPTION__SCORE = 2;

	/**
	 * The number of structural features of the '<em>Choice Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Choice Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHOICE_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.GoalReferenceTypeImpl <em>Goal Reference Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.GoalReferenceTypeImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getGoalReferenceType()
	 * @generated
	 */
	int GOAL_REFERENCE_TYPE = 22;

	/**
	 * The feature id for the '<em><b>Multiple</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_TYPE__MULTIPLE = FIELD_TYPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_TYPE__TARGET = FIELD_TYPE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Goal Reference Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_TYPE_FEATURE_COUNT = FIELD_TYPE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Goal Reference Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_REFERENCE_TYPE_OPERATION_COUNT = FIELD_TYPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ExpressionImpl <em>Expression</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ExpressionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getExpression()
	 * @generated
	 */
	int EXPRESSION = 23;

	/**
	 * The number of structural features of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Expression</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPRESSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ElementValueImpl <em>Element Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ElementValueImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getElementValue()
	 * @generated
	 */
	int ELEMENT_VALUE = 24;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_VALUE__ELEMENT = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Element Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_VALUE_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Element Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ELEMENT_VALUE_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.InstrumentItemValueImpl <em>Instrument Item Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.InstrumentItemValueImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentItemValue()
	 * @generated
	 */
	int INSTRUMENT_ITEM_VALUE = 25;

	/**
	 * The feature id for the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_VALUE__BLOCK = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_VALUE__ITEM = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Instrument Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_VALUE_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Instrument Item Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_VALUE_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.InstrumentTotalImpl <em>Instrument Total</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.InstrumentTotalImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentTotal()
	 * @generated
	 */
	int INSTRUMENT_TOTAL = 26;

	/**
	 * The feature id for the '<em><b>Block</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_TOTAL__BLOCK = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Instrument Total</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_TOTAL_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Instrument Total</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_TOTAL_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.LiteralImpl <em>Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.LiteralImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getLiteral()
	 * @generated
	 */
	int LITERAL = 27;

	/**
	 * The number of structural features of the '<em>Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITERAL_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LITERAL_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.TextLiteralImpl <em>Text Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.TextLiteralImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getTextLiteral()
	 * @generated
	 */
	int TEXT_LITERAL = 28;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_LITERAL__VALUE = LITERAL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Text Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_LITERAL_FEATURE_COUNT = LITERAL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Text Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEXT_LITERAL_OPERATION_COUNT = LITERAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.NumberLiteralImpl <em>Number Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.NumberLiteralImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberLiteral()
	 * @generated
	 */
	int NUMBER_LITERAL = 29;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL__VALUE = LITERAL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Number Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL_FEATURE_COUNT = LITERAL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Number Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NUMBER_LITERAL_OPERATION_COUNT = LITERAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.BooleanLiteralImpl <em>Boolean Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.BooleanLiteralImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getBooleanLiteral()
	 * @generated
	 */
	int BOOLEAN_LITERAL = 30;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL__VALUE = LITERAL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Boolean Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL_FEATURE_COUNT = LITERAL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Boolean Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOOLEAN_LITERAL_OPERATION_COUNT = LITERAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.OptionLiteralImpl <em>Option Literal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.OptionLiteralImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getOptionLiteral()
	 * @generated
	 */
	int OPTION_LITERAL = 31;

	/**
	 * The feature id for the '<em><b>Option Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_LITERAL__OPTION_ID = LITERAL_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Option Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_LITERAL_FEATURE_COUNT = LITERAL_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Option Literal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_LITERAL_OPERATION_COUNT = LITERAL_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ConditionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 32;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.AndConditionImpl <em>And Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.AndConditionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getAndCondition()
	 * @generated
	 */
	int AND_CONDITION = 33;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND_CONDITION__OPERANDS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>And Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>And Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AND_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.OrConditionImpl <em>Or Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.OrConditionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getOrCondition()
	 * @generated
	 */
	int OR_CONDITION = 34;

	/**
	 * The feature id for the '<em><b>Operands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR_CONDITION__OPERANDS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Or Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Or Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OR_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.NotConditionImpl <em>Not Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.NotConditionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getNotCondition()
	 * @generated
	 */
	int NOT_CONDITION = 35;

	/**
	 * The feature id for the '<em><b>Operand</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION__OPERAND = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.ComparisonImpl <em>Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.ComparisonImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getComparison()
	 * @generated
	 */
	int COMPARISON = 36;

	/**
	 * The feature id for the '<em><b>Left</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__LEFT = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__OPERATOR = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Right</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON__RIGHT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPARISON_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.MembershipImpl <em>Membership</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.MembershipImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getMembership()
	 * @generated
	 */
	int MEMBERSHIP = 37;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__SUBJECT = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Option Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP__OPTION_IDS = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Membership</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBERSHIP_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.AnsweredImpl <em>Answered</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.AnsweredImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getAnswered()
	 * @generated
	 */
	int ANSWERED = 38;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWERED__SUBJECT = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Answered</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWERED_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Answered</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWERED_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.CalculationImpl <em>Calculation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.CalculationImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getCalculation()
	 * @generated
	 */
	int CALCULATION = 39;

	/**
	 * The number of structural features of the '<em>Calculation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATION_FEATURE_COUNT = EXPRESSION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Calculation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALCULATION_OPERATION_COUNT = EXPRESSION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.SumImpl <em>Sum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.SumImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getSum()
	 * @generated
	 */
	int SUM = 40;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUM__TERMS = CALCULATION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Sum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUM_FEATURE_COUNT = CALCULATION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Sum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUM_OPERATION_COUNT = CALCULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.BandLookupImpl <em>Band Lookup</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.BandLookupImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getBandLookup()
	 * @generated
	 */
	int BAND_LOOKUP = 41;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_LOOKUP__SOURCE = CALCULATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_LOOKUP__BANDS = CALCULATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Band Lookup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_LOOKUP_FEATURE_COUNT = CALCULATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Band Lookup</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_LOOKUP_OPERATION_COUNT = CALCULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.BandImpl <em>Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.BandImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getBand()
	 * @generated
	 */
	int BAND = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__ID = 0;

	/**
	 * The feature id for the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__MIN = 1;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__MAX = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.DurationMinutesImpl <em>Duration Minutes</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.DurationMinutesImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getDurationMinutes()
	 * @generated
	 */
	int DURATION_MINUTES = 43;

	/**
	 * The feature id for the '<em><b>Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_MINUTES__START = CALCULATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stop</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_MINUTES__STOP = CALCULATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Duration Minutes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_MINUTES_FEATURE_COUNT = CALCULATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Duration Minutes</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DURATION_MINUTES_OPERATION_COUNT = CALCULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.CptSuggestionImpl <em>Cpt Suggestion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.CptSuggestionImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getCptSuggestion()
	 * @generated
	 */
	int CPT_SUGGESTION = 44;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_SUGGESTION__MINUTES = CALCULATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_SUGGESTION__BANDS = CALCULATION_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cpt Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_SUGGESTION_FEATURE_COUNT = CALCULATION_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cpt Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_SUGGESTION_OPERATION_COUNT = CALCULATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.CptBandImpl <em>Cpt Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.CptBandImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getCptBand()
	 * @generated
	 */
	int CPT_BAND = 45;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_BAND__CODE = 0;

	/**
	 * The feature id for the '<em><b>Min Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_BAND__MIN_MINUTES = 1;

	/**
	 * The feature id for the '<em><b>Max Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_BAND__MAX_MINUTES = 2;

	/**
	 * The number of structural features of the '<em>Cpt Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_BAND_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Cpt Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CPT_BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.InstrumentImpl <em>Instrument</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.InstrumentImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrument()
	 * @generated
	 */
	int INSTRUMENT = 46;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__INSTRUCTIONS = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__ITEMS = 4;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SCALE = 5;

	/**
	 * The feature id for the '<em><b>Severity Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT__SEVERITY_BANDS = 6;

	/**
	 * The number of structural features of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Instrument</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.InstrumentItemImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentItem()
	 * @generated
	 */
	int INSTRUMENT_ITEM = 47;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Critical</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__CRITICAL = 2;

	/**
	 * The feature id for the '<em><b>Critical Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__CRITICAL_SCORE = 3;

	/**
	 * The feature id for the '<em><b>Critical Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM__CRITICAL_MESSAGE = 4;

	/**
	 * The number of structural features of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Instrument Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUMENT_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.RuleConfigurationImpl <em>Rule Configuration</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.RuleConfigurationImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getRuleConfiguration()
	 * @generated
	 */
	int RULE_CONFIGURATION = 48;

	/**
	 * The feature id for the '<em><b>Rule Packs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION__RULE_PACKS = 0;

	/**
	 * The feature id for the '<em><b>Severity Overrides</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION__SEVERITY_OVERRIDES = 1;

	/**
	 * The feature id for the '<em><b>Signing Window</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION__SIGNING_WINDOW = 2;

	/**
	 * The feature id for the '<em><b>Approved Terms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION__APPROVED_TERMS = 3;

	/**
	 * The number of structural features of the '<em>Rule Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Rule Configuration</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_CONFIGURATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.SeverityOverrideImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getSeverityOverride()
	 * @generated
	 */
	int SEVERITY_OVERRIDE = 49;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE__SEVERITY = 1;

	/**
	 * The number of structural features of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Severity Override</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEVERITY_OVERRIDE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.SigningWindowImpl <em>Signing Window</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.SigningWindowImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getSigningWindow()
	 * @generated
	 */
	int SIGNING_WINDOW = 50;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNING_WINDOW__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNING_WINDOW__UNIT = 1;

	/**
	 * The number of structural features of the '<em>Signing Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNING_WINDOW_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Signing Window</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNING_WINDOW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.LetterBodyImpl <em>Letter Body</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.LetterBodyImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getLetterBody()
	 * @generated
	 */
	int LETTER_BODY = 51;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_BODY__TEXT = 0;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_BODY__INPUTS = 1;

	/**
	 * The number of structural features of the '<em>Letter Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_BODY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Letter Body</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LETTER_BODY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.impl.MergeInputImpl <em>Merge Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.impl.MergeInputImpl
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getMergeInput()
	 * @generated
	 */
	int MERGE_INPUT = 52;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_INPUT__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_INPUT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_INPUT__TYPE = 2;

	/**
	 * The number of structural features of the '<em>Merge Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_INPUT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Merge Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MERGE_INPUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.FormKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.FormKind
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormKind()
	 * @generated
	 */
	int FORM_KIND = 53;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.NumberKind <em>Number Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.NumberKind
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberKind()
	 * @generated
	 */
	int NUMBER_KIND = 54;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.PlanElementKind <em>Plan Element Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.PlanElementKind
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getPlanElementKind()
	 * @generated
	 */
	int PLAN_ELEMENT_KIND = 55;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.ComparisonOperator <em>Comparison Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.ComparisonOperator
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getComparisonOperator()
	 * @generated
	 */
	int COMPARISON_OPERATOR = 56;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.RuleSeverity <em>Rule Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.RuleSeverity
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getRuleSeverity()
	 * @generated
	 */
	int RULE_SEVERITY = 57;

	/**
	 * The meta object id for the '{@link org.casenotes.model.form.WindowUnit <em>Window Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.form.WindowUnit
	 * @see org.casenotes.model.form.impl.FormPackageImpl#getWindowUnit()
	 * @generated
	 */
	int WINDOW_UNIT = 58;


	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ElementContainer <em>Element Container</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Container</em>'.
	 * @see org.casenotes.model.form.ElementContainer
	 * @generated
	 */
	EClass getElementContainer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.ElementContainer#getElements <em>Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Elements</em>'.
	 * @see org.casenotes.model.form.ElementContainer#getElements()
	 * @see #getElementContainer()
	 * @generated
	 */
	EReference getElementContainer_Elements();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.FormDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Definition</em>'.
	 * @see org.casenotes.model.form.FormDefinition
	 * @generated
	 */
	EClass getFormDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getId()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getTitle()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getVersion()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getKind()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getDescription()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.form.FormDefinition#getBaseChain <em>Base Chain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Base Chain</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getBaseChain()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_BaseChain();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormDefinition#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getSourceUri()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EAttribute getFormDefinition_SourceUri();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.FormDefinition#getInstruments <em>Instruments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instruments</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getInstruments()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_Instruments();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.FormDefinition#getRuleConfiguration <em>Rule Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rule Configuration</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getRuleConfiguration()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_RuleConfiguration();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.FormDefinition#getLetterBody <em>Letter Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Letter Body</em>'.
	 * @see org.casenotes.model.form.FormDefinition#getLetterBody()
	 * @see #getFormDefinition()
	 * @generated
	 */
	EReference getFormDefinition_LetterBody();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.FormElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element</em>'.
	 * @see org.casenotes.model.form.FormElement
	 * @generated
	 */
	EClass getFormElement();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.FormElement#getId()
	 * @see #getFormElement()
	 * @generated
	 */
	EAttribute getFormElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.FormElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.casenotes.model.form.FormElement#getLabel()
	 * @see #getFormElement()
	 * @generated
	 */
	EAttribute getFormElement_Label();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.FormElement#getShownWhen <em>Shown When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Shown When</em>'.
	 * @see org.casenotes.model.form.FormElement#getShownWhen()
	 * @see #getFormElement()
	 * @generated
	 */
	EReference getFormElement_ShownWhen();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ValueElement <em>Value Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Element</em>'.
	 * @see org.casenotes.model.form.ValueElement
	 * @generated
	 */
	EClass getValueElement();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.casenotes.model.form.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Section#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.casenotes.model.form.Section#getGuidance()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Guidance();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Field <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field</em>'.
	 * @see org.casenotes.model.form.Field
	 * @generated
	 */
	EClass getField();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Field#getHint <em>Hint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hint</em>'.
	 * @see org.casenotes.model.form.Field#getHint()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Hint();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Field#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.casenotes.model.form.Field#isRequired()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_Required();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Field#getRequiredWhen <em>Required When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Required When</em>'.
	 * @see org.casenotes.model.form.Field#getRequiredWhen()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_RequiredWhen();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Field#isClientWords <em>Client Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Words</em>'.
	 * @see org.casenotes.model.form.Field#isClientWords()
	 * @see #getField()
	 * @generated
	 */
	EAttribute getField_ClientWords();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Field#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Type</em>'.
	 * @see org.casenotes.model.form.Field#getType()
	 * @see #getField()
	 * @generated
	 */
	EReference getField_Type();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.RepeatableGroup <em>Repeatable Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Repeatable Group</em>'.
	 * @see org.casenotes.model.form.RepeatableGroup
	 * @generated
	 */
	EClass getRepeatableGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.RepeatableGroup#getHint <em>Hint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hint</em>'.
	 * @see org.casenotes.model.form.RepeatableGroup#getHint()
	 * @see #getRepeatableGroup()
	 * @generated
	 */
	EAttribute getRepeatableGroup_Hint();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.RepeatableGroup#getMinRows <em>Min Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Rows</em>'.
	 * @see org.casenotes.model.form.RepeatableGroup#getMinRows()
	 * @see #getRepeatableGroup()
	 * @generated
	 */
	EAttribute getRepeatableGroup_MinRows();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.RepeatableGroup#getMaxRows <em>Max Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Rows</em>'.
	 * @see org.casenotes.model.form.RepeatableGroup#getMaxRows()
	 * @see #getRepeatableGroup()
	 * @generated
	 */
	EAttribute getRepeatableGroup_MaxRows();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.InstrumentBlock <em>Instrument Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Block</em>'.
	 * @see org.casenotes.model.form.InstrumentBlock
	 * @generated
	 */
	EClass getInstrumentBlock();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.InstrumentBlock#getInstrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Instrument</em>'.
	 * @see org.casenotes.model.form.InstrumentBlock#getInstrument()
	 * @see #getInstrumentBlock()
	 * @generated
	 */
	EReference getInstrumentBlock_Instrument();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentBlock#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.casenotes.model.form.InstrumentBlock#isRequired()
	 * @see #getInstrumentBlock()
	 * @generated
	 */
	EAttribute getInstrumentBlock_Required();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.SignatureBlock <em>Signature Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signature Block</em>'.
	 * @see org.casenotes.model.form.SignatureBlock
	 * @generated
	 */
	EClass getSignatureBlock();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SignatureBlock#getAttestation <em>Attestation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attestation</em>'.
	 * @see org.casenotes.model.form.SignatureBlock#getAttestation()
	 * @see #getSignatureBlock()
	 * @generated
	 */
	EAttribute getSignatureBlock_Attestation();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SignatureBlock#isCredentialsRequired <em>Credentials Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials Required</em>'.
	 * @see org.casenotes.model.form.SignatureBlock#isCredentialsRequired()
	 * @see #getSignatureBlock()
	 * @generated
	 */
	EAttribute getSignatureBlock_CredentialsRequired();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SignatureBlock#isCosignatureRequired <em>Cosignature Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cosignature Required</em>'.
	 * @see org.casenotes.model.form.SignatureBlock#isCosignatureRequired()
	 * @see #getSignatureBlock()
	 * @generated
	 */
	EAttribute getSignatureBlock_CosignatureRequired();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.SignatureBlock#getCosignatureWhen <em>Cosignature When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cosignature When</em>'.
	 * @see org.casenotes.model.form.SignatureBlock#getCosignatureWhen()
	 * @see #getSignatureBlock()
	 * @generated
	 */
	EReference getSignatureBlock_CosignatureWhen();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.CalculatedValue <em>Calculated Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calculated Value</em>'.
	 * @see org.casenotes.model.form.CalculatedValue
	 * @generated
	 */
	EClass getCalculatedValue();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.CalculatedValue#getCalculation <em>Calculation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Calculation</em>'.
	 * @see org.casenotes.model.form.CalculatedValue#getCalculation()
	 * @see #getCalculatedValue()
	 * @generated
	 */
	EReference getCalculatedValue_Calculation();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.FieldType <em>Field Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Type</em>'.
	 * @see org.casenotes.model.form.FieldType
	 * @generated
	 */
	EClass getFieldType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.TextType <em>Text Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Type</em>'.
	 * @see org.casenotes.model.form.TextType
	 * @generated
	 */
	EClass getTextType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getMinWords <em>Min Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Words</em>'.
	 * @see org.casenotes.model.form.TextType#getMinWords()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_MinWords();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getMaxWords <em>Max Words</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Words</em>'.
	 * @see org.casenotes.model.form.TextType#getMaxWords()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_MaxWords();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getMinChars <em>Min Chars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Chars</em>'.
	 * @see org.casenotes.model.form.TextType#getMinChars()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_MinChars();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getMaxChars <em>Max Chars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Chars</em>'.
	 * @see org.casenotes.model.form.TextType#getMaxChars()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_MaxChars();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getPattern <em>Pattern</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern</em>'.
	 * @see org.casenotes.model.form.TextType#getPattern()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_Pattern();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextType#getPatternMessage <em>Pattern Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pattern Message</em>'.
	 * @see org.casenotes.model.form.TextType#getPatternMessage()
	 * @see #getTextType()
	 * @generated
	 */
	EAttribute getTextType_PatternMessage();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ShortTextType <em>Short Text Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Short Text Type</em>'.
	 * @see org.casenotes.model.form.ShortTextType
	 * @generated
	 */
	EClass getShortTextType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.LongTextType <em>Long Text Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Long Text Type</em>'.
	 * @see org.casenotes.model.form.LongTextType
	 * @generated
	 */
	EClass getLongTextType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.NumberType <em>Number Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Type</em>'.
	 * @see org.casenotes.model.form.NumberType
	 * @generated
	 */
	EClass getNumberType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.NumberType#getNumberKind <em>Number Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Kind</em>'.
	 * @see org.casenotes.model.form.NumberType#getNumberKind()
	 * @see #getNumberType()
	 * @generated
	 */
	EAttribute getNumberType_NumberKind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.NumberType#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.casenotes.model.form.NumberType#getUnit()
	 * @see #getNumberType()
	 * @generated
	 */
	EAttribute getNumberType_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.NumberType#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.casenotes.model.form.NumberType#getMin()
	 * @see #getNumberType()
	 * @generated
	 */
	EAttribute getNumberType_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.NumberType#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.casenotes.model.form.NumberType#getMax()
	 * @see #getNumberType()
	 * @generated
	 */
	EAttribute getNumberType_Max();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.BooleanType <em>Boolean Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Type</em>'.
	 * @see org.casenotes.model.form.BooleanType
	 * @generated
	 */
	EClass getBooleanType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.DateType <em>Date Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Type</em>'.
	 * @see org.casenotes.model.form.DateType
	 * @generated
	 */
	EClass getDateType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.TimeType <em>Time Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Type</em>'.
	 * @see org.casenotes.model.form.TimeType
	 * @generated
	 */
	EClass getTimeType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.DateTimeType <em>Date Time Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Date Time Type</em>'.
	 * @see org.casenotes.model.form.DateTimeType
	 * @generated
	 */
	EClass getDateTimeType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.DurationType <em>Duration Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duration Type</em>'.
	 * @see org.casenotes.model.form.DurationType
	 * @generated
	 */
	EClass getDurationType();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ChoiceType <em>Choice Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Type</em>'.
	 * @see org.casenotes.model.form.ChoiceType
	 * @generated
	 */
	EClass getChoiceType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.ChoiceType#isMultiple <em>Multiple</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple</em>'.
	 * @see org.casenotes.model.form.ChoiceType#isMultiple()
	 * @see #getChoiceType()
	 * @generated
	 */
	EAttribute getChoiceType_Multiple();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.ChoiceType#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.casenotes.model.form.ChoiceType#getOptions()
	 * @see #getChoiceType()
	 * @generated
	 */
	EReference getChoiceType_Options();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.ChoiceType#getOptionSetId <em>Option Set Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Option Set Id</em>'.
	 * @see org.casenotes.model.form.ChoiceType#getOptionSetId()
	 * @see #getChoiceType()
	 * @generated
	 */
	EAttribute getChoiceType_OptionSetId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ChoiceOption <em>Choice Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Choice Option</em>'.
	 * @see org.casenotes.model.form.ChoiceOption
	 * @generated
	 */
	EClass getChoiceOption();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.ChoiceOption#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.ChoiceOption#getId()
	 * @see #getChoiceOption()
	 * @generated
	 */
	EAttribute getChoiceOption_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.ChoiceOption#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.casenotes.model.form.ChoiceOption#getLabel()
	 * @see #getChoiceOption()
	 * @generated
	 */
	EAttribute getChoiceOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.ChoiceOption#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.casenotes.model.form.ChoiceOption#getScore()
	 * @see #getChoiceOption()
	 * @generated
	 */
	EAttribute getChoiceOption_Score();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.GoalReferenceType <em>Goal Reference Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal Reference Type</em>'.
	 * @see org.casenotes.model.form.GoalReferenceType
	 * @generated
	 */
	EClass getGoalReferenceType();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.GoalReferenceType#isMultiple <em>Multiple</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multiple</em>'.
	 * @see org.casenotes.model.form.GoalReferenceType#isMultiple()
	 * @see #getGoalReferenceType()
	 * @generated
	 */
	EAttribute getGoalReferenceType_Multiple();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.GoalReferenceType#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.casenotes.model.form.GoalReferenceType#getTarget()
	 * @see #getGoalReferenceType()
	 * @generated
	 */
	EAttribute getGoalReferenceType_Target();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Expression <em>Expression</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expression</em>'.
	 * @see org.casenotes.model.form.Expression
	 * @generated
	 */
	EClass getExpression();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.ElementValue <em>Element Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Element Value</em>'.
	 * @see org.casenotes.model.form.ElementValue
	 * @generated
	 */
	EClass getElementValue();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.ElementValue#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.casenotes.model.form.ElementValue#getElement()
	 * @see #getElementValue()
	 * @generated
	 */
	EReference getElementValue_Element();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.InstrumentItemValue <em>Instrument Item Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Item Value</em>'.
	 * @see org.casenotes.model.form.InstrumentItemValue
	 * @generated
	 */
	EClass getInstrumentItemValue();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.InstrumentItemValue#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Block</em>'.
	 * @see org.casenotes.model.form.InstrumentItemValue#getBlock()
	 * @see #getInstrumentItemValue()
	 * @generated
	 */
	EReference getInstrumentItemValue_Block();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.InstrumentItemValue#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.casenotes.model.form.InstrumentItemValue#getItem()
	 * @see #getInstrumentItemValue()
	 * @generated
	 */
	EReference getInstrumentItemValue_Item();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.InstrumentTotal <em>Instrument Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Total</em>'.
	 * @see org.casenotes.model.form.InstrumentTotal
	 * @generated
	 */
	EClass getInstrumentTotal();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.InstrumentTotal#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Block</em>'.
	 * @see org.casenotes.model.form.InstrumentTotal#getBlock()
	 * @see #getInstrumentTotal()
	 * @generated
	 */
	EReference getInstrumentTotal_Block();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Literal <em>Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Literal</em>'.
	 * @see org.casenotes.model.form.Literal
	 * @generated
	 */
	EClass getLiteral();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.TextLiteral <em>Text Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Text Literal</em>'.
	 * @see org.casenotes.model.form.TextLiteral
	 * @generated
	 */
	EClass getTextLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.TextLiteral#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.form.TextLiteral#getValue()
	 * @see #getTextLiteral()
	 * @generated
	 */
	EAttribute getTextLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.NumberLiteral <em>Number Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Number Literal</em>'.
	 * @see org.casenotes.model.form.NumberLiteral
	 * @generated
	 */
	EClass getNumberLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.NumberLiteral#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.form.NumberLiteral#getValue()
	 * @see #getNumberLiteral()
	 * @generated
	 */
	EAttribute getNumberLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.BooleanLiteral <em>Boolean Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boolean Literal</em>'.
	 * @see org.casenotes.model.form.BooleanLiteral
	 * @generated
	 */
	EClass getBooleanLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.BooleanLiteral#isValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.form.BooleanLiteral#isValue()
	 * @see #getBooleanLiteral()
	 * @generated
	 */
	EAttribute getBooleanLiteral_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.OptionLiteral <em>Option Literal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option Literal</em>'.
	 * @see org.casenotes.model.form.OptionLiteral
	 * @generated
	 */
	EClass getOptionLiteral();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.OptionLiteral#getOptionId <em>Option Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Option Id</em>'.
	 * @see org.casenotes.model.form.OptionLiteral#getOptionId()
	 * @see #getOptionLiteral()
	 * @generated
	 */
	EAttribute getOptionLiteral_OptionId();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.casenotes.model.form.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.AndCondition <em>And Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>And Condition</em>'.
	 * @see org.casenotes.model.form.AndCondition
	 * @generated
	 */
	EClass getAndCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.AndCondition#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.casenotes.model.form.AndCondition#getOperands()
	 * @see #getAndCondition()
	 * @generated
	 */
	EReference getAndCondition_Operands();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.OrCondition <em>Or Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Or Condition</em>'.
	 * @see org.casenotes.model.form.OrCondition
	 * @generated
	 */
	EClass getOrCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.OrCondition#getOperands <em>Operands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operands</em>'.
	 * @see org.casenotes.model.form.OrCondition#getOperands()
	 * @see #getOrCondition()
	 * @generated
	 */
	EReference getOrCondition_Operands();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.NotCondition <em>Not Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not Condition</em>'.
	 * @see org.casenotes.model.form.NotCondition
	 * @generated
	 */
	EClass getNotCondition();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.NotCondition#getOperand <em>Operand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operand</em>'.
	 * @see org.casenotes.model.form.NotCondition#getOperand()
	 * @see #getNotCondition()
	 * @generated
	 */
	EReference getNotCondition_Operand();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Comparison <em>Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Comparison</em>'.
	 * @see org.casenotes.model.form.Comparison
	 * @generated
	 */
	EClass getComparison();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Comparison#getLeft <em>Left</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Left</em>'.
	 * @see org.casenotes.model.form.Comparison#getLeft()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Left();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Comparison#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.casenotes.model.form.Comparison#getOperator()
	 * @see #getComparison()
	 * @generated
	 */
	EAttribute getComparison_Operator();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Comparison#getRight <em>Right</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Right</em>'.
	 * @see org.casenotes.model.form.Comparison#getRight()
	 * @see #getComparison()
	 * @generated
	 */
	EReference getComparison_Right();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Membership <em>Membership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Membership</em>'.
	 * @see org.casenotes.model.form.Membership
	 * @generated
	 */
	EClass getMembership();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Membership#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Subject</em>'.
	 * @see org.casenotes.model.form.Membership#getSubject()
	 * @see #getMembership()
	 * @generated
	 */
	EReference getMembership_Subject();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.form.Membership#getOptionIds <em>Option Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Option Ids</em>'.
	 * @see org.casenotes.model.form.Membership#getOptionIds()
	 * @see #getMembership()
	 * @generated
	 */
	EAttribute getMembership_OptionIds();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Answered <em>Answered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answered</em>'.
	 * @see org.casenotes.model.form.Answered
	 * @generated
	 */
	EClass getAnswered();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.Answered#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Subject</em>'.
	 * @see org.casenotes.model.form.Answered#getSubject()
	 * @see #getAnswered()
	 * @generated
	 */
	EReference getAnswered_Subject();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Calculation <em>Calculation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calculation</em>'.
	 * @see org.casenotes.model.form.Calculation
	 * @generated
	 */
	EClass getCalculation();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Sum <em>Sum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sum</em>'.
	 * @see org.casenotes.model.form.Sum
	 * @generated
	 */
	EClass getSum();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.Sum#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.casenotes.model.form.Sum#getTerms()
	 * @see #getSum()
	 * @generated
	 */
	EReference getSum_Terms();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.BandLookup <em>Band Lookup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band Lookup</em>'.
	 * @see org.casenotes.model.form.BandLookup
	 * @generated
	 */
	EClass getBandLookup();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.BandLookup#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.casenotes.model.form.BandLookup#getSource()
	 * @see #getBandLookup()
	 * @generated
	 */
	EReference getBandLookup_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.BandLookup#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.casenotes.model.form.BandLookup#getBands()
	 * @see #getBandLookup()
	 * @generated
	 */
	EReference getBandLookup_Bands();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Band <em>Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Band</em>'.
	 * @see org.casenotes.model.form.Band
	 * @generated
	 */
	EClass getBand();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Band#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.Band#getId()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Band#getMin <em>Min</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min</em>'.
	 * @see org.casenotes.model.form.Band#getMin()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Min();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Band#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.casenotes.model.form.Band#getMax()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Max();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Band#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.casenotes.model.form.Band#getLabel()
	 * @see #getBand()
	 * @generated
	 */
	EAttribute getBand_Label();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.DurationMinutes <em>Duration Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Duration Minutes</em>'.
	 * @see org.casenotes.model.form.DurationMinutes
	 * @generated
	 */
	EClass getDurationMinutes();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.DurationMinutes#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Start</em>'.
	 * @see org.casenotes.model.form.DurationMinutes#getStart()
	 * @see #getDurationMinutes()
	 * @generated
	 */
	EReference getDurationMinutes_Start();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.form.DurationMinutes#getStop <em>Stop</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Stop</em>'.
	 * @see org.casenotes.model.form.DurationMinutes#getStop()
	 * @see #getDurationMinutes()
	 * @generated
	 */
	EReference getDurationMinutes_Stop();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.CptSuggestion <em>Cpt Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpt Suggestion</em>'.
	 * @see org.casenotes.model.form.CptSuggestion
	 * @generated
	 */
	EClass getCptSuggestion();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.CptSuggestion#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Minutes</em>'.
	 * @see org.casenotes.model.form.CptSuggestion#getMinutes()
	 * @see #getCptSuggestion()
	 * @generated
	 */
	EReference getCptSuggestion_Minutes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.CptSuggestion#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.casenotes.model.form.CptSuggestion#getBands()
	 * @see #getCptSuggestion()
	 * @generated
	 */
	EReference getCptSuggestion_Bands();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.CptBand <em>Cpt Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cpt Band</em>'.
	 * @see org.casenotes.model.form.CptBand
	 * @generated
	 */
	EClass getCptBand();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.CptBand#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.casenotes.model.form.CptBand#getCode()
	 * @see #getCptBand()
	 * @generated
	 */
	EAttribute getCptBand_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.CptBand#getMinMinutes <em>Min Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Minutes</em>'.
	 * @see org.casenotes.model.form.CptBand#getMinMinutes()
	 * @see #getCptBand()
	 * @generated
	 */
	EAttribute getCptBand_MinMinutes();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.CptBand#getMaxMinutes <em>Max Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Minutes</em>'.
	 * @see org.casenotes.model.form.CptBand#getMaxMinutes()
	 * @see #getCptBand()
	 * @generated
	 */
	EAttribute getCptBand_MaxMinutes();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.Instrument <em>Instrument</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument</em>'.
	 * @see org.casenotes.model.form.Instrument
	 * @generated
	 */
	EClass getInstrument();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Instrument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.Instrument#getId()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Instrument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.form.Instrument#getTitle()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Instrument#getInstructions <em>Instructions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instructions</em>'.
	 * @see org.casenotes.model.form.Instrument#getInstructions()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Instructions();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.Instrument#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.casenotes.model.form.Instrument#getSource()
	 * @see #getInstrument()
	 * @generated
	 */
	EAttribute getInstrument_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.Instrument#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.casenotes.model.form.Instrument#getItems()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.Instrument#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scale</em>'.
	 * @see org.casenotes.model.form.Instrument#getScale()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_Scale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.Instrument#getSeverityBands <em>Severity Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Severity Bands</em>'.
	 * @see org.casenotes.model.form.Instrument#getSeverityBands()
	 * @see #getInstrument()
	 * @generated
	 */
	EReference getInstrument_SeverityBands();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.InstrumentItem <em>Instrument Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instrument Item</em>'.
	 * @see org.casenotes.model.form.InstrumentItem
	 * @generated
	 */
	EClass getInstrumentItem();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.InstrumentItem#getId()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.form.InstrumentItem#getText()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentItem#isCritical <em>Critical</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical</em>'.
	 * @see org.casenotes.model.form.InstrumentItem#isCritical()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_Critical();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentItem#getCriticalScore <em>Critical Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical Score</em>'.
	 * @see org.casenotes.model.form.InstrumentItem#getCriticalScore()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_CriticalScore();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.InstrumentItem#getCriticalMessage <em>Critical Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Critical Message</em>'.
	 * @see org.casenotes.model.form.InstrumentItem#getCriticalMessage()
	 * @see #getInstrumentItem()
	 * @generated
	 */
	EAttribute getInstrumentItem_CriticalMessage();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.RuleConfiguration <em>Rule Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Configuration</em>'.
	 * @see org.casenotes.model.form.RuleConfiguration
	 * @generated
	 */
	EClass getRuleConfiguration();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.form.RuleConfiguration#getRulePacks <em>Rule Packs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Rule Packs</em>'.
	 * @see org.casenotes.model.form.RuleConfiguration#getRulePacks()
	 * @see #getRuleConfiguration()
	 * @generated
	 */
	EAttribute getRuleConfiguration_RulePacks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.RuleConfiguration#getSeverityOverrides <em>Severity Overrides</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Severity Overrides</em>'.
	 * @see org.casenotes.model.form.RuleConfiguration#getSeverityOverrides()
	 * @see #getRuleConfiguration()
	 * @generated
	 */
	EReference getRuleConfiguration_SeverityOverrides();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.RuleConfiguration#getSigningWindow <em>Signing Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signing Window</em>'.
	 * @see org.casenotes.model.form.RuleConfiguration#getSigningWindow()
	 * @see #getRuleConfiguration()
	 * @generated
	 */
	EReference getRuleConfiguration_SigningWindow();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.form.RuleConfiguration#getApprovedTerms <em>Approved Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Approved Terms</em>'.
	 * @see org.casenotes.model.form.RuleConfiguration#getApprovedTerms()
	 * @see #getRuleConfiguration()
	 * @generated
	 */
	EAttribute getRuleConfiguration_ApprovedTerms();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.SeverityOverride <em>Severity Override</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Severity Override</em>'.
	 * @see org.casenotes.model.form.SeverityOverride
	 * @generated
	 */
	EClass getSeverityOverride();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SeverityOverride#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.casenotes.model.form.SeverityOverride#getRuleId()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SeverityOverride#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.casenotes.model.form.SeverityOverride#getSeverity()
	 * @see #getSeverityOverride()
	 * @generated
	 */
	EAttribute getSeverityOverride_Severity();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.SigningWindow <em>Signing Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signing Window</em>'.
	 * @see org.casenotes.model.form.SigningWindow
	 * @generated
	 */
	EClass getSigningWindow();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SigningWindow#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.casenotes.model.form.SigningWindow#getAmount()
	 * @see #getSigningWindow()
	 * @generated
	 */
	EAttribute getSigningWindow_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.SigningWindow#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.casenotes.model.form.SigningWindow#getUnit()
	 * @see #getSigningWindow()
	 * @generated
	 */
	EAttribute getSigningWindow_Unit();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.LetterBody <em>Letter Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Letter Body</em>'.
	 * @see org.casenotes.model.form.LetterBody
	 * @generated
	 */
	EClass getLetterBody();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.LetterBody#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.form.LetterBody#getText()
	 * @see #getLetterBody()
	 * @generated
	 */
	EAttribute getLetterBody_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.form.LetterBody#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.casenotes.model.form.LetterBody#getInputs()
	 * @see #getLetterBody()
	 * @generated
	 */
	EReference getLetterBody_Inputs();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.form.MergeInput <em>Merge Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Merge Input</em>'.
	 * @see org.casenotes.model.form.MergeInput
	 * @generated
	 */
	EClass getMergeInput();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.MergeInput#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.casenotes.model.form.MergeInput#getId()
	 * @see #getMergeInput()
	 * @generated
	 */
	EAttribute getMergeInput_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.form.MergeInput#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.casenotes.model.form.MergeInput#getLabel()
	 * @see #getMergeInput()
	 * @generated
	 */
	EAttribute getMergeInput_Label();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.form.MergeInput#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Type</em>'.
	 * @see org.casenotes.model.form.MergeInput#getType()
	 * @see #getMergeInput()
	 * @generated
	 */
	EReference getMergeInput_Type();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.FormKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.casenotes.model.form.FormKind
	 * @generated
	 */
	EEnum getFormKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.NumberKind <em>Number Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Number Kind</em>'.
	 * @see org.casenotes.model.form.NumberKind
	 * @generated
	 */
	EEnum getNumberKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.PlanElementKind <em>Plan Element Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Element Kind</em>'.
	 * @see org.casenotes.model.form.PlanElementKind
	 * @generated
	 */
	EEnum getPlanElementKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.ComparisonOperator <em>Comparison Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparison Operator</em>'.
	 * @see org.casenotes.model.form.ComparisonOperator
	 * @generated
	 */
	EEnum getComparisonOperator();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.RuleSeverity <em>Rule Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rule Severity</em>'.
	 * @see org.casenotes.model.form.RuleSeverity
	 * @generated
	 */
	EEnum getRuleSeverity();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.form.WindowUnit <em>Window Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Window Unit</em>'.
	 * @see org.casenotes.model.form.WindowUnit
	 * @generated
	 */
	EEnum getWindowUnit();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	FormFactory getFormFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.ElementContainer <em>Element Container</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.ElementContainer
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getElementContainer()
		 * @generated
		 */
		EClass ELEMENT_CONTAINER = eINSTANCE.getElementContainer();

		/**
		 * The meta object literal for the '<em><b>Elements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_CONTAINER__ELEMENTS = eINSTANCE.getElementContainer_Elements();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.FormDefinitionImpl <em>Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.FormDefinitionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormDefinition()
		 * @generated
		 */
		EClass FORM_DEFINITION = eINSTANCE.getFormDefinition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__ID = eINSTANCE.getFormDefinition_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__TITLE = eINSTANCE.getFormDefinition_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__VERSION = eINSTANCE.getFormDefinition_Version();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__KIND = eINSTANCE.getFormDefinition_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__DESCRIPTION = eINSTANCE.getFormDefinition_Description();

		/**
		 * The meta object literal for the '<em><b>Base Chain</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__BASE_CHAIN = eINSTANCE.getFormDefinition_BaseChain();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_DEFINITION__SOURCE_URI = eINSTANCE.getFormDefinition_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Instruments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__INSTRUMENTS = eINSTANCE.getFormDefinition_Instruments();

		/**
		 * The meta object literal for the '<em><b>Rule Configuration</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__RULE_CONFIGURATION = eINSTANCE.getFormDefinition_RuleConfiguration();

		/**
		 * The meta object literal for the '<em><b>Letter Body</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_DEFINITION__LETTER_BODY = eINSTANCE.getFormDefinition_LetterBody();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.FormElementImpl <em>Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.FormElementImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormElement()
		 * @generated
		 */
		EClass FORM_ELEMENT = eINSTANCE.getFormElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ELEMENT__ID = eINSTANCE.getFormElement_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORM_ELEMENT__LABEL = eINSTANCE.getFormElement_Label();

		/**
		 * The meta object literal for the '<em><b>Shown When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORM_ELEMENT__SHOWN_WHEN = eINSTANCE.getFormElement_ShownWhen();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.ValueElement <em>Value Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.ValueElement
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getValueElement()
		 * @generated
		 */
		EClass VALUE_ELEMENT = eINSTANCE.getValueElement();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.SectionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__GUIDANCE = eINSTANCE.getSection_Guidance();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.FieldImpl <em>Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.FieldImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getField()
		 * @generated
		 */
		EClass FIELD = eINSTANCE.getField();

		/**
		 * The meta object literal for the '<em><b>Hint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__HINT = eINSTANCE.getField_Hint();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__REQUIRED = eINSTANCE.getField_Required();

		/**
		 * The meta object literal for the '<em><b>Required When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__REQUIRED_WHEN = eINSTANCE.getField_RequiredWhen();

		/**
		 * The meta object literal for the '<em><b>Client Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD__CLIENT_WORDS = eINSTANCE.getField_ClientWords();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FIELD__TYPE = eINSTANCE.getField_Type();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.RepeatableGroupImpl <em>Repeatable Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.RepeatableGroupImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getRepeatableGroup()
		 * @generated
		 */
		EClass REPEATABLE_GROUP = eINSTANCE.getRepeatableGroup();

		/**
		 * The meta object literal for the '<em><b>Hint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPEATABLE_GROUP__HINT = eINSTANCE.getRepeatableGroup_Hint();

		/**
		 * The meta object literal for the '<em><b>Min Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPEATABLE_GROUP__MIN_ROWS = eINSTANCE.getRepeatableGroup_MinRows();

		/**
		 * The meta object literal for the '<em><b>Max Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPEATABLE_GROUP__MAX_ROWS = eINSTANCE.getRepeatableGroup_MaxRows();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.InstrumentBlockImpl <em>Instrument Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.InstrumentBlockImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentBlock()
		 * @generated
		 */
		EClass INSTRUMENT_BLOCK = eINSTANCE.getInstrumentBlock();

		/**
		 * The meta object literal for the '<em><b>Instrument</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_BLOCK__INSTRUMENT = eINSTANCE.getInstrumentBlock_Instrument();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_BLOCK__REQUIRED = eINSTANCE.getInstrumentBlock_Required();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.SignatureBlockImpl <em>Signature Block</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.SignatureBlockImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getSignatureBlock()
		 * @generated
		 */
		EClass SIGNATURE_BLOCK = eINSTANCE.getSignatureBlock();

		/**
		 * The meta object literal for the '<em><b>Attestation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE_BLOCK__ATTESTATION = eINSTANCE.getSignatureBlock_Attestation();

		/**
		 * The meta object literal for the '<em><b>Credentials Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE_BLOCK__CREDENTIALS_REQUIRED = eINSTANCE.getSignatureBlock_CredentialsRequired();

		/**
		 * The meta object literal for the '<em><b>Cosignature Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNATURE_BLOCK__COSIGNATURE_REQUIRED = eINSTANCE.getSignatureBlock_CosignatureRequired();

		/**
		 * The meta object literal for the '<em><b>Cosignature When</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNATURE_BLOCK__COSIGNATURE_WHEN = eINSTANCE.getSignatureBlock_CosignatureWhen();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.CalculatedValueImpl <em>Calculated Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.CalculatedValueImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getCalculatedValue()
		 * @generated
		 */
		EClass CALCULATED_VALUE = eINSTANCE.getCalculatedValue();

		/**
		 * The meta object literal for the '<em><b>Calculation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALCULATED_VALUE__CALCULATION = eINSTANCE.getCalculatedValue_Calculation();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.FieldTypeImpl <em>Field Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.FieldTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getFieldType()
		 * @generated
		 */
		EClass FIELD_TYPE = eINSTANCE.getFieldType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.TextTypeImpl <em>Text Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.TextTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getTextType()
		 * @generated
		 */
		EClass TEXT_TYPE = eINSTANCE.getTextType();

		/**
		 * The meta object literal for the '<em><b>Min Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__MIN_WORDS = eINSTANCE.getTextType_MinWords();

		/**
		 * The meta object literal for the '<em><b>Max Words</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__MAX_WORDS = eINSTANCE.getTextType_MaxWords();

		/**
		 * The meta object literal for the '<em><b>Min Chars</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__MIN_CHARS = eINSTANCE.getTextType_MinChars();

		/**
		 * The meta object literal for the '<em><b>Max Chars</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__MAX_CHARS = eINSTANCE.getTextType_MaxChars();

		/**
		 * The meta object literal for the '<em><b>Pattern</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__PATTERN = eINSTANCE.getTextType_Pattern();

		/**
		 * The meta object literal for the '<em><b>Pattern Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_TYPE__PATTERN_MESSAGE = eINSTANCE.getTextType_PatternMessage();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ShortTextTypeImpl <em>Short Text Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ShortTextTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getShortTextType()
		 * @generated
		 */
		EClass SHORT_TEXT_TYPE = eINSTANCE.getShortTextType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.LongTextTypeImpl <em>Long Text Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.LongTextTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getLongTextType()
		 * @generated
		 */
		EClass LONG_TEXT_TYPE = eINSTANCE.getLongTextType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.NumberTypeImpl <em>Number Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.NumberTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberType()
		 * @generated
		 */
		EClass NUMBER_TYPE = eINSTANCE.getNumberType();

		/**
		 * The meta object literal for the '<em><b>Number Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_TYPE__NUMBER_KIND = eINSTANCE.getNumberType_NumberKind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_TYPE__UNIT = eINSTANCE.getNumberType_Unit();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_TYPE__MIN = eINSTANCE.getNumberType_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_TYPE__MAX = eINSTANCE.getNumberType_Max();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.BooleanTypeImpl <em>Boolean Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.BooleanTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getBooleanType()
		 * @generated
		 */
		EClass BOOLEAN_TYPE = eINSTANCE.getBooleanType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.DateTypeImpl <em>Date Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.DateTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getDateType()
		 * @generated
		 */
		EClass DATE_TYPE = eINSTANCE.getDateType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.TimeTypeImpl <em>Time Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.TimeTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getTimeType()
		 * @generated
		 */
		EClass TIME_TYPE = eINSTANCE.getTimeType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.DateTimeTypeImpl <em>Date Time Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.DateTimeTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getDateTimeType()
		 * @generated
		 */
		EClass DATE_TIME_TYPE = eINSTANCE.getDateTimeType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.DurationTypeImpl <em>Duration Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.DurationTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getDurationType()
		 * @generated
		 */
		EClass DURATION_TYPE = eINSTANCE.getDurationType();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ChoiceTypeImpl <em>Choice Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ChoiceTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getChoiceType()
		 * @generated
		 */
		EClass CHOICE_TYPE = eINSTANCE.getChoiceType();

		/**
		 * The meta object literal for the '<em><b>Multiple</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_TYPE__MULTIPLE = eINSTANCE.getChoiceType_Multiple();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHOICE_TYPE__OPTIONS = eINSTANCE.getChoiceType_Options();

		/**
		 * The meta object literal for the '<em><b>Option Set Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_TYPE__OPTION_SET_ID = eINSTANCE.getChoiceType_OptionSetId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ChoiceOptionImpl <em>Choice Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ChoiceOptionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getChoiceOption()
		 * @generated
		 */
		EClass CHOICE_OPTION = eINSTANCE.getChoiceOption();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_OPTION__ID = eINSTANCE.getChoiceOption_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_OPTION__LABEL = eINSTANCE.getChoiceOption_Label();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHOICE_OPTION__SCORE = eINSTANCE.getChoiceOption_Score();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.GoalReferenceTypeImpl <em>Goal Reference Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.GoalReferenceTypeImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getGoalReferenceType()
		 * @generated
		 */
		EClass GOAL_REFERENCE_TYPE = eINSTANCE.getGoalReferenceType();

		/**
		 * The meta object literal for the '<em><b>Multiple</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_REFERENCE_TYPE__MULTIPLE = eINSTANCE.getGoalReferenceType_Multiple();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL_REFERENCE_TYPE__TARGET = eINSTANCE.getGoalReferenceType_Target();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ExpressionImpl <em>Expression</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ExpressionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getExpression()
		 * @generated
		 */
		EClass EXPRESSION = eINSTANCE.getExpression();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ElementValueImpl <em>Element Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ElementValueImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getElementValue()
		 * @generated
		 */
		EClass ELEMENT_VALUE = eINSTANCE.getElementValue();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ELEMENT_VALUE__ELEMENT = eINSTANCE.getElementValue_Element();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.InstrumentItemValueImpl <em>Instrument Item Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.InstrumentItemValueImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentItemValue()
		 * @generated
		 */
		EClass INSTRUMENT_ITEM_VALUE = eINSTANCE.getInstrumentItemValue();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ITEM_VALUE__BLOCK = eINSTANCE.getInstrumentItemValue_Block();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_ITEM_VALUE__ITEM = eINSTANCE.getInstrumentItemValue_Item();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.InstrumentTotalImpl <em>Instrument Total</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.InstrumentTotalImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentTotal()
		 * @generated
		 */
		EClass INSTRUMENT_TOTAL = eINSTANCE.getInstrumentTotal();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT_TOTAL__BLOCK = eINSTANCE.getInstrumentTotal_Block();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.LiteralImpl <em>Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.LiteralImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getLiteral()
		 * @generated
		 */
		EClass LITERAL = eINSTANCE.getLiteral();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.TextLiteralImpl <em>Text Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.TextLiteralImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getTextLiteral()
		 * @generated
		 */
		EClass TEXT_LITERAL = eINSTANCE.getTextLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEXT_LITERAL__VALUE = eINSTANCE.getTextLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.NumberLiteralImpl <em>Number Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.NumberLiteralImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberLiteral()
		 * @generated
		 */
		EClass NUMBER_LITERAL = eINSTANCE.getNumberLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NUMBER_LITERAL__VALUE = eINSTANCE.getNumberLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.BooleanLiteralImpl <em>Boolean Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.BooleanLiteralImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getBooleanLiteral()
		 * @generated
		 */
		EClass BOOLEAN_LITERAL = eINSTANCE.getBooleanLiteral();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOOLEAN_LITERAL__VALUE = eINSTANCE.getBooleanLiteral_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.OptionLiteralImpl <em>Option Literal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.OptionLiteralImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getOptionLiteral()
		 * @generated
		 */
		EClass OPTION_LITERAL = eINSTANCE.getOptionLiteral();

		/**
		 * The meta object literal for the '<em><b>Option Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION_LITERAL__OPTION_ID = eINSTANCE.getOptionLiteral_OptionId();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ConditionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.AndConditionImpl <em>And Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.AndConditionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getAndCondition()
		 * @generated
		 */
		EClass AND_CONDITION = eINSTANCE.getAndCondition();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AND_CONDITION__OPERANDS = eINSTANCE.getAndCondition_Operands();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.OrConditionImpl <em>Or Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.OrConditionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getOrCondition()
		 * @generated
		 */
		EClass OR_CONDITION = eINSTANCE.getOrCondition();

		/**
		 * The meta object literal for the '<em><b>Operands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OR_CONDITION__OPERANDS = eINSTANCE.getOrCondition_Operands();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.NotConditionImpl <em>Not Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.NotConditionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getNotCondition()
		 * @generated
		 */
		EClass NOT_CONDITION = eINSTANCE.getNotCondition();

		/**
		 * The meta object literal for the '<em><b>Operand</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT_CONDITION__OPERAND = eINSTANCE.getNotCondition_Operand();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.ComparisonImpl <em>Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.ComparisonImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getComparison()
		 * @generated
		 */
		EClass COMPARISON = eINSTANCE.getComparison();

		/**
		 * The meta object literal for the '<em><b>Left</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__LEFT = eINSTANCE.getComparison_Left();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPARISON__OPERATOR = eINSTANCE.getComparison_Operator();

		/**
		 * The meta object literal for the '<em><b>Right</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPARISON__RIGHT = eINSTANCE.getComparison_Right();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.MembershipImpl <em>Membership</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.MembershipImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getMembership()
		 * @generated
		 */
		EClass MEMBERSHIP = eINSTANCE.getMembership();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEMBERSHIP__SUBJECT = eINSTANCE.getMembership_Subject();

		/**
		 * The meta object literal for the '<em><b>Option Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBERSHIP__OPTION_IDS = eINSTANCE.getMembership_OptionIds();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.AnsweredImpl <em>Answered</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.AnsweredImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getAnswered()
		 * @generated
		 */
		EClass ANSWERED = eINSTANCE.getAnswered();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANSWERED__SUBJECT = eINSTANCE.getAnswered_Subject();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.CalculationImpl <em>Calculation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.CalculationImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getCalculation()
		 * @generated
		 */
		EClass CALCULATION = eINSTANCE.getCalculation();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.SumImpl <em>Sum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.SumImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getSum()
		 * @generated
		 */
		EClass SUM = eINSTANCE.getSum();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUM__TERMS = eINSTANCE.getSum_Terms();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.BandLookupImpl <em>Band Lookup</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.BandLookupImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getBandLookup()
		 * @generated
		 */
		EClass BAND_LOOKUP = eINSTANCE.getBandLookup();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BAND_LOOKUP__SOURCE = eINSTANCE.getBandLookup_Source();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BAND_LOOKUP__BANDS = eINSTANCE.getBandLookup_Bands();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.BandImpl <em>Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.BandImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getBand()
		 * @generated
		 */
		EClass BAND = eINSTANCE.getBand();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__ID = eINSTANCE.getBand_Id();

		/**
		 * The meta object literal for the '<em><b>Min</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__MIN = eINSTANCE.getBand_Min();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__MAX = eINSTANCE.getBand_Max();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BAND__LABEL = eINSTANCE.getBand_Label();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.DurationMinutesImpl <em>Duration Minutes</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.DurationMinutesImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getDurationMinutes()
		 * @generated
		 */
		EClass DURATION_MINUTES = eINSTANCE.getDurationMinutes();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DURATION_MINUTES__START = eINSTANCE.getDurationMinutes_Start();

		/**
		 * The meta object literal for the '<em><b>Stop</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DURATION_MINUTES__STOP = eINSTANCE.getDurationMinutes_Stop();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.CptSuggestionImpl <em>Cpt Suggestion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.CptSuggestionImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getCptSuggestion()
		 * @generated
		 */
		EClass CPT_SUGGESTION = eINSTANCE.getCptSuggestion();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPT_SUGGESTION__MINUTES = eINSTANCE.getCptSuggestion_Minutes();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CPT_SUGGESTION__BANDS = eINSTANCE.getCptSuggestion_Bands();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.CptBandImpl <em>Cpt Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.CptBandImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getCptBand()
		 * @generated
		 */
		EClass CPT_BAND = eINSTANCE.getCptBand();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPT_BAND__CODE = eINSTANCE.getCptBand_Code();

		/**
		 * The meta object literal for the '<em><b>Min Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPT_BAND__MIN_MINUTES = eINSTANCE.getCptBand_MinMinutes();

		/**
		 * The meta object literal for the '<em><b>Max Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CPT_BAND__MAX_MINUTES = eINSTANCE.getCptBand_MaxMinutes();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.InstrumentImpl <em>Instrument</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.InstrumentImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrument()
		 * @generated
		 */
		EClass INSTRUMENT = eINSTANCE.getInstrument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__ID = eINSTANCE.getInstrument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__TITLE = eINSTANCE.getInstrument_Title();

		/**
		 * The meta object literal for the '<em><b>Instructions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__INSTRUCTIONS = eINSTANCE.getInstrument_Instructions();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT__SOURCE = eINSTANCE.getInstrument_Source();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__ITEMS = eINSTANCE.getInstrument_Items();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SCALE = eINSTANCE.getInstrument_Scale();

		/**
		 * The meta object literal for the '<em><b>Severity Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTRUMENT__SEVERITY_BANDS = eINSTANCE.getInstrument_SeverityBands();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.InstrumentItemImpl <em>Instrument Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.InstrumentItemImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getInstrumentItem()
		 * @generated
		 */
		EClass INSTRUMENT_ITEM = eINSTANCE.getInstrumentItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__ID = eINSTANCE.getInstrumentItem_Id();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__TEXT = eINSTANCE.getInstrumentItem_Text();

		/**
		 * The meta object literal for the '<em><b>Critical</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__CRITICAL = eINSTANCE.getInstrumentItem_Critical();

		/**
		 * The meta object literal for the '<em><b>Critical Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__CRITICAL_SCORE = eINSTANCE.getInstrumentItem_CriticalScore();

		/**
		 * The meta object literal for the '<em><b>Critical Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUMENT_ITEM__CRITICAL_MESSAGE = eINSTANCE.getInstrumentItem_CriticalMessage();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.RuleConfigurationImpl <em>Rule Configuration</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.RuleConfigurationImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getRuleConfiguration()
		 * @generated
		 */
		EClass RULE_CONFIGURATION = eINSTANCE.getRuleConfiguration();

		/**
		 * The meta object literal for the '<em><b>Rule Packs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_CONFIGURATION__RULE_PACKS = eINSTANCE.getRuleConfiguration_RulePacks();

		/**
		 * The meta object literal for the '<em><b>Severity Overrides</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_CONFIGURATION__SEVERITY_OVERRIDES = eINSTANCE.getRuleConfiguration_SeverityOverrides();

		/**
		 * The meta object literal for the '<em><b>Signing Window</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_CONFIGURATION__SIGNING_WINDOW = eINSTANCE.getRuleConfiguration_SigningWindow();

		/**
		 * The meta object literal for the '<em><b>Approved Terms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_CONFIGURATION__APPROVED_TERMS = eINSTANCE.getRuleConfiguration_ApprovedTerms();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.SeverityOverrideImpl <em>Severity Override</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.SeverityOverrideImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getSeverityOverride()
		 * @generated
		 */
		EClass SEVERITY_OVERRIDE = eINSTANCE.getSeverityOverride();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__RULE_ID = eINSTANCE.getSeverityOverride_RuleId();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEVERITY_OVERRIDE__SEVERITY = eINSTANCE.getSeverityOverride_Severity();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.SigningWindowImpl <em>Signing Window</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.SigningWindowImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getSigningWindow()
		 * @generated
		 */
		EClass SIGNING_WINDOW = eINSTANCE.getSigningWindow();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNING_WINDOW__AMOUNT = eINSTANCE.getSigningWindow_Amount();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNING_WINDOW__UNIT = eINSTANCE.getSigningWindow_Unit();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.LetterBodyImpl <em>Letter Body</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.LetterBodyImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getLetterBody()
		 * @generated
		 */
		EClass LETTER_BODY = eINSTANCE.getLetterBody();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LETTER_BODY__TEXT = eINSTANCE.getLetterBody_Text();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LETTER_BODY__INPUTS = eINSTANCE.getLetterBody_Inputs();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.impl.MergeInputImpl <em>Merge Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.impl.MergeInputImpl
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getMergeInput()
		 * @generated
		 */
		EClass MERGE_INPUT = eINSTANCE.getMergeInput();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_INPUT__ID = eINSTANCE.getMergeInput_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MERGE_INPUT__LABEL = eINSTANCE.getMergeInput_Label();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MERGE_INPUT__TYPE = eINSTANCE.getMergeInput_Type();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.FormKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.FormKind
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getFormKind()
		 * @generated
		 */
		EEnum FORM_KIND = eINSTANCE.getFormKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.NumberKind <em>Number Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.NumberKind
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getNumberKind()
		 * @generated
		 */
		EEnum NUMBER_KIND = eINSTANCE.getNumberKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.PlanElementKind <em>Plan Element Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.PlanElementKind
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getPlanElementKind()
		 * @generated
		 */
		EEnum PLAN_ELEMENT_KIND = eINSTANCE.getPlanElementKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.ComparisonOperator <em>Comparison Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.ComparisonOperator
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getComparisonOperator()
		 * @generated
		 */
		EEnum COMPARISON_OPERATOR = eINSTANCE.getComparisonOperator();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.RuleSeverity <em>Rule Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.RuleSeverity
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getRuleSeverity()
		 * @generated
		 */
		EEnum RULE_SEVERITY = eINSTANCE.getRuleSeverity();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.form.WindowUnit <em>Window Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.form.WindowUnit
		 * @see org.casenotes.model.form.impl.FormPackageImpl#getWindowUnit()
		 * @generated
		 */
		EEnum WINDOW_UNIT = eINSTANCE.getWindowUnit();

	}

} //FormPackage
