package org.casenotes.fhir.internal.record;

import java.util.Map;
import java.util.Optional;

import org.casenotes.model.record.MeasureResult;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * Measure results as survey Observations of their total score, coded in LOINC where the instrument has a LOINC total
 * (PHQ-9 44261-6, GAD-7 70274-6) and by the Casenotes instrument id beside it; the severity band is the
 * interpretation, and the note the measure was given in is what it was derived from.
 */
final class Measures {

    private static final Map<String, Coding> LOINC_TOTALS = Map.of(
            "std.instruments.PHQ9", new Coding(Codes.LOINC, Codes.PHQ9_TOTAL, "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
            "std.instruments.GAD7", new Coding(Codes.LOINC, Codes.GAD7_TOTAL, "Generalized anxiety disorder 7 item (GAD-7) total score [Reported]"));

    private Measures() {
    }

    /** @return the LOINC code of the instrument's total score, if it has one */
    static Optional<Coding> loincTotal(String instrumentId) {
        return Optional.ofNullable(LOINC_TOTALS.get(instrumentId)).map(Coding::copy);
    }

    static Observation of(MeasureResult result, Reference patient, Optional<Reference> note) {
        Observation observation = new Observation();
        observation.addIdentifier().setSystem(Codes.CASENOTES + "measure-id").setValue(result.getId());
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(Codes.OBSERVATION_CATEGORY, "survey", "Survey")));
        String name = result.getInstrumentId().substring(result.getInstrumentId().lastIndexOf('.') + 1);
        CodeableConcept code = new CodeableConcept().setText(name + " total score");
        loincTotal(result.getInstrumentId()).ifPresent(code::addCoding);
        code.addCoding(new Coding(Codes.INSTRUMENT, result.getInstrumentId(), null));
        observation.setCode(code);
        observation.setSubject(patient);
        if (result.getAdministeredOn() != null) {
            observation.setEffective(Times.dayTime(result.getAdministeredOn()));
        }
        observation.setValue(new IntegerType(result.getTotal()));
        if (result.getBand() != null && !result.getBand().isBlank()) {
            observation.addInterpretation().setText(result.getBand());
        }
        note.ifPresent(observation::addDerivedFrom);
        observation.setText(Narratives.of(code.getText() + ": " + result.getTotal()
                + (result.getBand() == null ? "" : " (" + result.getBand() + ")") + ", " + result.getAdministeredOn()));
        return observation;
    }
}
