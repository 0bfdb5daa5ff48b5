package org.casenotes.fhir;

import java.time.Instant;
import java.time.ZoneId;

import org.casenotes.export.RecordSource;
import org.casenotes.fhir.internal.record.RecordBundleBuilder;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A client's record as a FHIR R4 Bundle (type {@code collection}, JSON): Patient; Condition per diagnosis (ICD-10-CM);
 * CarePlan per treatment-plan version with its Goals; for each signed note a Composition, its answers as a
 * QuestionnaireResponse and its template's Questionnaire; an Observation per measure result (LOINC 44261-6 for the
 * PHQ-9 total, 70274-6 for the GAD-7 total); a DocumentReference per letter; a Practitioner per signer. Psychotherapy
 * notes are never included, even if a caller hands one in; nor are unsigned notes. References inside the bundle are
 * {@code urn:uuid}s derived from the Casenotes ids, so the same record exports to the same references. For one note
 * or letter exported on its own ({@code RecordSource.document}) the bundle is small: the Patient, the note's
 * Composition, QuestionnaireResponse and Questionnaire (or the letter's DocumentReference) and the signer; no
 * diagnoses, plans or measures (a goal answered in the note is named by its statement only).
 *
 * <pre>
 * RecordBundle bundle = RecordBundle.of(documentSet.source().orElseThrow(), zone, Instant.now());
 * Files.writeString(out, bundle.json());
 * </pre>
 */
public final class RecordBundle {

    private final Bundle bundle;

    private RecordBundle(Bundle bundle) {
        this.bundle = bundle;
    }

    /**
     * @param source     the record a records request selected
     * @param zone       the caseload's zone (times are written with its offset)
     * @param producedAt the bundle's timestamp
     */
    public static RecordBundle of(RecordSource source, ZoneId zone, Instant producedAt) {
        return new RecordBundle(new RecordBundleBuilder(source, zone, producedAt).build());
    }

    /** The bundle as FHIR JSON, pretty-printed. */
    public String json() {
        return QuestionnaireExport.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** How many resources the bundle holds. */
    public int size() {
        return bundle.getEntry().size();
    }
}
