/**
 */
package org.casenotes.model.form.impl;

import org.casenotes.model.form.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FormFactoryImpl extends EFactoryImpl implements FormFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FormFactory init() {
		try {
			FormFactory theFormFactory = (FormFactory)EPackage.Registry.INSTANCE.getEFactory(FormPackage.eNS_URI);
			if (theFormFactory != null) {
				return theFormFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FormFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FormPackage.FORM_DEFINITION: return createFormDefinition();
			case FormPackage.SECTION: return createSection();
			case FormPackage.FIELD: return createField();
			case FormPackage.REPEATABLE_GROUP: return createRepeatableGroup();
			case FormPackage.INSTRUMENT_BLOCK: return createInstrumentBlock();
			case FormPackage.SIGNATURE_BLOCK: return createSignatureBlock();
			case FormPackage.CALCULATED_VALUE: return createCalculatedValue();
			case FormPackage.SHORT_TEXT_TYPE: return createShortTextType();
			case FormPackage.LONG_TEXT_TYPE: return createLongTextType();
			case FormPackage.NUMBER_TYPE: return createNumberType();
			case FormPackage.BOOLEAN_TYPE: return createBooleanType();
			case FormPackage.DATE_TYPE: return createDateType();
			case FormPackage.TIME_TYPE: return createTimeType();
			case FormPackage.DATE_TIME_TYPE: return createDateTimeType();
			case FormPackage.DURATION_TYPE: return createDurationType();
			case FormPackage.CHOICE_TYPE: return createChoiceType();
			case FormPackage.CHOICE_OPTION: return createChoiceOption();
			case FormPackage.GOAL_REFERENCE_TYPE: return createGoalReferenceType();
			case FormPackage.ELEMENT_VALUE: return createElementValue();
			case FormPackage.INSTRUMENT_ITEM_VALUE: return createInstrumentItemValue();
			case FormPackage.INSTRUMENT_TOTAL: return createInstrumentTotal();
			case FormPackage.TEXT_LITERAL: return createTextLiteral();
			case FormPackage.NUMBER_LITERAL: return createNumberLiteral();
			case FormPackage.BOOLEAN_LITERAL: return createBooleanLiteral();
			case FormPackage.OPTION_LITERAL: return createOptionLiteral();
			case FormPackage.AND_CONDITION: return createAndCondition();
			case FormPackage.OR_CONDITION: return createOrCondition();
			case FormPackage.NOT_CONDITION: return createNotCondition();
			case FormPackage.COMPARISON: return createComparison();
			case FormPackage.MEMBERSHIP: return createMembership();
			case FormPackage.ANSWERED: return createAnswered();
			case FormPackage.SUM: return createSum();
			case FormPackage.BAND_LOOKUP: return createBandLookup();
			case FormPackage.BAND: return createBand();
			case FormPackage.DURATION_MINUTES: return createDurationMinutes();
			case FormPackage.CPT_SUGGESTION: return createCptSuggestion();
			case FormPackage.CPT_BAND: return createCptBand();
			case FormPackage.INSTRUMENT: return createInstrument();
			case FormPackage.INSTRUMENT_ITEM: return createInstrumentItem();
			case FormPackage.RULE_CONFIGURATION: return createRuleConfiguration();
			case FormPackage.SEVERITY_OVERRIDE: return createSeverityOverride();
			case FormPackage.SIGNING_WINDOW: return createSigningWindow();
			case FormPackage.LETTER_BODY: return createLetterBody();
			case FormPackage.MERGE_INPUT: return createMergeInput();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FormPackage.FORM_KIND:
				return createFormKindFromString(eDataType, initialValue);
			case FormPackage.NUMBER_KIND:
				return createNumberKindFromString(eDataType, initialValue);
			case FormPackage.PLAN_ELEMENT_KIND:
				return createPlanElementKindFromString(eDataType, initialValue);
			case FormPackage.COMPARISON_OPERATOR:
				return createComparisonOperatorFromString(eDataType, initialValue);
			case FormPackage.RULE_SEVERITY:
				return createRuleSeverityFromString(eDataType, initialValue);
			case FormPackage.WINDOW_UNIT:
				return createWindowUnitFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FormPackage.FORM_KIND:
				return convertFormKindToString(eDataType, instanceValue);
			case FormPackage.NUMBER_KIND:
				return convertNumberKindToString(eDataType, instanceValue);
			case FormPackage.PLAN_ELEMENT_KIND:
				return convertPlanElementKindToString(eDataType, instanceValue);
			case FormPackage.COMPARISON_OPERATOR:
				return convertComparisonOperatorToString(eDataType, instanceValue);
			case FormPackage.RULE_SEVERITY:
				return convertRuleSeverityToString(eDataType, instanceValue);
			case FormPackage.WINDOW_UNIT:
				return convertWindowUnitToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormDefinition createFormDefinition() {
		FormDefinitionImpl formDefinition = new FormDefinitionImpl();
		return formDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Field createField() {
		FieldImpl field = new FieldImpl();
		return field;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RepeatableGroup createRepeatableGroup() {
		RepeatableGroupImpl repeatableGroup = new RepeatableGroupImpl();
		return repeatableGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentBlock createInstrumentBlock() {
		InstrumentBlockImpl instrumentBlock = new InstrumentBlockImpl();
		return instrumentBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignatureBlock createSignatureBlock() {
		SignatureBlockImpl signatureBlock = new SignatureBlockImpl();
		return signatureBlock;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CalculatedValue createCalculatedValue() {
		CalculatedValueImpl calculatedValue = new CalculatedValueImpl();
		return calculatedValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShortTextType createShortTextType() {
		ShortTextTypeImpl shortTextType = new ShortTextTypeImpl();
		return shortTextType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LongTextType createLongTextType() {
		LongTextTypeImpl longTextType = new LongTextTypeImpl();
		return longTextType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberType createNumberType() {
		NumberTypeImpl numberType = new NumberTypeImpl();
		return numberType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanType createBooleanType() {
		BooleanTypeImpl booleanType = new BooleanTypeImpl();
		return booleanType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateType createDateType() {
		DateTypeImpl dateType = new DateTypeImpl();
		return dateType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeType createTimeType() {
		TimeTypeImpl timeType = new TimeTypeImpl();
		return timeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DateTimeType createDateTimeType() {
		DateTimeTypeImpl dateTimeType = new DateTimeTypeImpl();
		return dateTimeType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationType createDurationType() {
		DurationTypeImpl durationType = new DurationTypeImpl();
		return durationType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceType createChoiceType() {
		ChoiceTypeImpl choiceType = new ChoiceTypeImpl();
		return choiceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChoiceOption createChoiceOption() {
		ChoiceOptionImpl choiceOption = new ChoiceOptionImpl();
		return choiceOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GoalReferenceType createGoalReferenceType() {
		GoalReferenceTypeImpl goalReferenceType = new GoalReferenceTypeImpl();
		return goalReferenceType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementValue createElementValue() {
		ElementValueImpl elementValue = new ElementValueImpl();
		return elementValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentItemValue createInstrumentItemValue() {
		InstrumentItemValueImpl instrumentItemValue = new InstrumentItemValueImpl();
		return instrumentItemValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentTotal createInstrumentTotal() {
		InstrumentTotalImpl instrumentTotal = new InstrumentTotalImpl();
		return instrumentTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TextLiteral createTextLiteral() {
		TextLiteralImpl textLiteral = new TextLiteralImpl();
		return textLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NumberLiteral createNumberLiteral() {
		NumberLiteralImpl numberLiteral = new NumberLiteralImpl();
		return numberLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BooleanLiteral createBooleanLiteral() {
		BooleanLiteralImpl booleanLiteral = new BooleanLiteralImpl();
		return booleanLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptionLiteral createOptionLiteral() {
		OptionLiteralImpl optionLiteral = new OptionLiteralImpl();
		return optionLiteral;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AndCondition createAndCondition() {
		AndConditionImpl andCondition = new AndConditionImpl();
		return andCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrCondition createOrCondition() {
		OrConditionImpl orCondition = new OrConditionImpl();
		return orCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotCondition createNotCondition() {
		NotConditionImpl notCondition = new NotConditionImpl();
		return notCondition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparison createComparison() {
		ComparisonImpl comparison = new ComparisonImpl();
		return comparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Membership createMembership() {
		MembershipImpl membership = new MembershipImpl();
		return membership;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answered createAnswered() {
		AnsweredImpl answered = new AnsweredImpl();
		return answered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sum createSum() {
		SumImpl sum = new SumImpl();
		return sum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BandLookup createBandLookup() {
		BandLookupImpl bandLookup = new BandLookupImpl();
		return bandLookup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Band createBand() {
		BandImpl band = new BandImpl();
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DurationMinutes createDurationMinutes() {
		DurationMinutesImpl durationMinutes = new DurationMinutesImpl();
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CptSuggestion createCptSuggestion() {
		CptSuggestionImpl cptSuggestion = new CptSuggestionImpl();
		return cptSuggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CptBand createCptBand() {
		CptBandImpl cptBand = new CptBandImpl();
		return cptBand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instrument createInstrument() {
		InstrumentImpl instrument = new InstrumentImpl();
		return instrument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InstrumentItem createInstrumentItem() {
		InstrumentItemImpl instrumentItem = new InstrumentItemImpl();
		return instrumentItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuleConfiguration createRuleConfiguration() {
		RuleConfigurationImpl ruleConfiguration = new RuleConfigurationImpl();
		return ruleConfiguration;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeverityOverride createSeverityOverride() {
		SeverityOverrideImpl severityOverride = new SeverityOverrideImpl();
		return severityOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SigningWindow createSigningWindow() {
		SigningWindowImpl signingWindow = new SigningWindowImpl();
		return signingWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LetterBody createLetterBody() {
		LetterBodyImpl letterBody = new LetterBodyImpl();
		return letterBody;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MergeInput createMergeInput() {
		MergeInputImpl mergeInput = new MergeInputImpl();
		return mergeInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormKind createFormKindFromString(EDataType eDataType, String initialValue) {
		FormKind result = FormKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFormKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NumberKind createNumberKindFromString(EDataType eDataType, String initialValue) {
		NumberKind result = NumberKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNumberKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanElementKind createPlanElementKindFromString(EDataType eDataType, String initialValue) {
		PlanElementKind result = PlanElementKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanElementKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ComparisonOperator createComparisonOperatorFromString(EDataType eDataType, String initialValue) {
		ComparisonOperator result = ComparisonOperator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparisonOperatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuleSeverity createRuleSeverityFromString(EDataType eDataType, String initialValue) {
		RuleSeverity result = RuleSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRuleSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WindowUnit createWindowUnitFromString(EDataType eDataType, String initialValue) {
		WindowUnit result = WindowUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWindowUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormPackage getFormPackage() {
		return (FormPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FormPackage getPackage() {
		return FormPackage.eINSTANCE;
	}

} //FormFactoryImpl
