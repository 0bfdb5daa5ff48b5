package org.casenotes.fhir.internal.record;

import org.casenotes.model.record.Diagnosis;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Reference;

/**
 * The client's diagnoses as Conditions coded in ICD-10-CM (encounter diagnoses, confirmed): active until resolved,
 * resolved with the day it was; the primary diagnosis says so in a note.
 */
final class Diagnoses {

    private Diagnoses() {
    }

    static Condition of(Diagnosis diagnosis, Reference patient) {
        Condition condition = new Condition();
        condition.addIdentifier().setSystem(Codes.CASENOTES + "diagnosis-id").setValue(diagnosis.getId());
        boolean resolved = diagnosis.getResolvedOn() != null;
        condition.setClinicalStatus(new CodeableConcept(new Coding(Codes.CONDITION_CLINICAL,
                resolved ? "resolved" : "active", resolved ? "Resolved" : "Active")));
        condition.setVerificationStatus(new CodeableConcept(new Coding(Codes.CONDITION_VERIFICATION, "confirmed",
                "Confirmed")));
        condition.addCategory(new CodeableConcept(new Coding(Codes.CONDITION_CATEGORY, "encounter-diagnosis",
                "Encounter Diagnosis")));
        condition.setCode(new CodeableConcept(new Coding(Codes.ICD_10_CM, diagnosis.getIcd10Code(),
                diagnosis.getDescription())).setText(diagnosis.getDescription()));
        condition.setSubject(patient);
        if (diagnosis.getOnsetOn() != null) {
            condition.setOnset(Times.dayTime(diagnosis.getOnsetOn()));
        }
        if (diagnosis.getDiagnosedOn() != null) {
            condition.setRecordedDateElement(Times.dayTime(diagnosis.getDiagnosedOn()));
        }
        if (resolved) {
            condition.setAbatement(Times.dayTime(diagnosis.getResolvedOn()));
        }
        if (diagnosis.isPrimary()) {
            condition.addNote().setText("Primary diagnosis");
        }
        condition.setText(Narratives.of(diagnosis.getIcd10Code() + " " + diagnosis.getDescription()
                + (diagnosis.isPrimary() ? " (primary)" : "") + (resolved ? ", resolved " + diagnosis.getResolvedOn()
                        : "")));
        return condition;
    }
}
