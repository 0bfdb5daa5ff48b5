package org.casenotes.fhir.internal;

/**
 * Canonical URLs of the extensions a Questionnaire made from a template uses: FHIR R4 core extensions where R4 has
 * one, Structured Data Capture (SDC) for expressions, and {@code itemWeight} (the R5 core name for an answer's score,
 * which SDC and LHC-Forms read) beside R4's {@code ordinalValue}.
 */
final class Extensions {

    static final String CORE = "http://hl7.org/fhir/StructureDefinition/";
    static final String SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/";

    static final String ITEM_WEIGHT = CORE + "itemWeight";
    static final String ORDINAL_VALUE = CORE + "ordinalValue";
    static final String MIN_VALUE = CORE + "minValue";
    static final String MAX_VALUE = CORE + "maxValue";
    static final String MIN_LENGTH = CORE + "minLength";
    static final String REGEX = CORE + "regex";
    static final String UNIT = CORE + "questionnaire-unit";
    static final String MIN_OCCURS = CORE + "questionnaire-minOccurs";
    static final String MAX_OCCURS = CORE + "questionnaire-maxOccurs";
    static final String ITEM_CONTROL = CORE + "questionnaire-itemControl";
    static final String REFERENCE_RESOURCE = CORE + "questionnaire-referenceResource";
    static final String CONSTRAINT = CORE + "questionnaire-constraint";
    static final String CALCULATED_EXPRESSION = SDC + "sdc-questionnaire-calculatedExpression";
    static final String ENABLE_WHEN_EXPRESSION = SDC + "sdc-questionnaire-enableWhenExpression";

    static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String FHIRPATH = "text/fhirpath";

    /** Base of the canonical URLs of Casenotes' questionnaires and code systems. */
    static final String CASENOTES = "http://casenotes.org/fhir/";

    private Extensions() {
    }
}
