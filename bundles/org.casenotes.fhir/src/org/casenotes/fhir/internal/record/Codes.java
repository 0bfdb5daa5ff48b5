package org.casenotes.fhir.internal.record;

/** Code systems and identifier systems of the resources in a record bundle. */
final class Codes {

    static final String LOINC = "http://loinc.org";
    static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    static final String CASENOTES = "http://casenotes.org/fhir/";
    static final String CLIENT_ID = CASENOTES + "client-id";
    static final String CLINICIAN_ID = CASENOTES + "clinician-id";
    static final String NOTE_ID = CASENOTES + "note-id";
    static final String LETTER_ID = CASENOTES + "letter-id";
    static final String INSTRUMENT = CASENOTES + "CodeSystem/instrument";
    static final String TEMPLATE = CASENOTES + "CodeSystem/template";

    /** LOINC: PHQ-9 total score [Reported]. */
    static final String PHQ9_TOTAL = "44261-6";
    /** LOINC: GAD-7 total score [Reported]. */
    static final String GAD7_TOTAL = "70274-6";

    private Codes() {
    }
}
