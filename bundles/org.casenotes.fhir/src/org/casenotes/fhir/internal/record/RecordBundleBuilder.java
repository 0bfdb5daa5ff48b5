package org.casenotes.fhir.internal.record;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.casenotes.export.RecordSource;
import org.casenotes.fhir.internal.QuestionnaireBuilder;
import org.casenotes.fhir.internal.ResponseBuilder;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Objective;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * A client's record as a FHIR R4 collection Bundle: the Patient, a Condition per diagnosis, the treatment plans with
 * their goals (these two only when the source is the whole record, not one document on its own), and for each signed note its form's Questionnaire (once per template version), its answers as a
 * QuestionnaireResponse and a Composition; an Observation per measure result; a DocumentReference per letter; a
 * Practitioner per signer. Psychotherapy notes and unsigned notes are never written, even when handed in.
 */
public final class RecordBundleBuilder {

    private final RecordSource source;
    private final Times times;
    private final Instant producedAt;

    /**
     * @param source     what the request selected
     * @param zone       the caseload's zone
     * @param producedAt when the export is made (the bundle's timestamp)
     */
    public RecordBundleBuilder(RecordSource source, ZoneId zone, Instant producedAt) {
        this.source = source;
        this.times = new Times(zone);
        this.producedAt = producedAt;
    }

    public Bundle build() {
        Client client = source.client();
        Bundle bundle = new Bundle().setType(BundleType.COLLECTION);
        bundle.setTimestampElement(times.instant(producedAt));
        bundle.getIdentifier()
                .setSystem(Codes.CASENOTES + (source.wholeRecord() ? "record-export" : "document-export"))
                .setValue(client.getId() + "@" + producedAt);
        BundleEntries entries = new BundleEntries(bundle, new ResourceIds(client.getId()));
        Practitioners practitioners = new Practitioners(entries);
        Reference patient = new Reference(entries.add(client.getId(), PatientResource.of(client)))
                .setDisplay(client.getLegalName());
        Map<String, Reference> planElements;
        if (source.wholeRecord()) {
            for (Diagnosis diagnosis : client.getDiagnoses()) {
                entries.add(diagnosis.getId(), Diagnoses.of(diagnosis, patient));
            }
            new TreatmentPlans(entries, patient).add(client);
            planElements = planElements(client, entries);
        } else {
            planElements = planStatements(client);
        }
        Map<String, Reference> responses = new HashMap<>();
        NoteCompositions compositions = new NoteCompositions(practitioners, times);
        for (Note note : source.notes()) {
            Optional<FormDefinition> form = source.forms().form(note.getTemplateId(), note.getTemplateVersion());
            if (!exportable(note, form)) {
                continue;
            }
            Optional<Reference> response = form.map(found -> response(found, note, patient, practitioners,
                    entries, planElements));
            response.ifPresent(reference -> responses.put(note.getId(), reference));
            entries.add(note.getId(), compositions.of(note, form, patient, response));
        }
        for (MeasureResult result : source.measures()) {
            if (result.getTotal() != null) {
                entries.add(result.getId(), Measures.of(result, patient,
                        Optional.ofNullable(result.getNoteId()).map(responses::get)));
            }
        }
        LetterReferences letters = new LetterReferences(practitioners, times);
        for (Letter letter : source.letters()) {
            String title = Optional.ofNullable(letter.getTemplateId())
                    .flatMap(id -> source.forms().form(id, letter.getTemplateVersion()))
                    .map(FormDefinition::getTitle).orElse("Letter");
            entries.add(letter.getId(), letters.of(letter, title, patient));
        }
        return bundle;
    }

    /**
     * Signed, and not a psychotherapy note: by its form's kind, or by its template's name when the form is not
     * installed here (a private note must never leave by accident).
     */
    static boolean exportable(Note note, Optional<FormDefinition> form) {
        if (note.getSignature() == null || note.getSignature().getSignedAt() == null) {
            return false;
        }
        return form.map(found -> found.getKind() != FormKind.PSYCHOTHERAPY)
                .orElse(note.getTemplateId() == null || !note.getTemplateId().contains("psychotherapy"));
    }

    private Reference response(FormDefinition form, Note note, Reference patient, Practitioners practitioners,
            BundleEntries entries, Map<String, Reference> planElements) {
        Questionnaire questionnaire = new QuestionnaireBuilder(form).build();
        questionnaire.setId((String) null);
        entries.add(form.getId() + "|" + form.getVersion(), questionnaire);
        ResponseBuilder builder = new ResponseBuilder(form, times.zone(),
                id -> Optional.ofNullable(planElements.get(id)).map(Reference::copy));
        QuestionnaireResponse response = builder.build(note, true);
        response.getIdentifier().setSystem(Codes.NOTE_ID).setValue(note.getId());
        response.setSubject(patient);
        response.setAuthoredElement(times.moment(note.getSignature().getSignedAt()));
        response.setAuthor(practitioners.of(note.getSignature()));
        return new Reference(entries.add(note.getId(), response));
    }

    /**
     * For one document on its own, which carries no treatment plan: the statement of each goal and objective a goal
     * field names, as a reference with a display only.
     */
    private static Map<String, Reference> planStatements(Client client) {
        Map<String, Reference> statements = new HashMap<>();
        client.getEpisodes().stream().flatMap(episode -> episode.getTreatmentPlans().stream())
                .flatMap(plan -> plan.getProblems().stream()).flatMap(problem -> problem.getGoals().stream())
                .forEach((Goal goal) -> {
                    statements.put(goal.getId(), new Reference().setDisplay(goal.getStatement()));
                    for (Objective objective : goal.getObjectives()) {
                        statements.put(objective.getId(), new Reference().setDisplay(objective.getStatement()));
                    }
                });
        return statements;
    }

    /** The Goal of each treatment-plan goal and objective id (an objective points at its goal). */
    private static Map<String, Reference> planElements(Client client, BundleEntries entries) {
        Map<String, Reference> references = new HashMap<>();
        client.getEpisodes().stream().flatMap(episode -> episode.getTreatmentPlans().stream())
                .flatMap(plan -> plan.getProblems().stream()).flatMap(problem -> problem.getGoals().stream())
                .forEach((Goal goal) -> entries.reference("Goal", goal.getId()).ifPresent(reference -> {
                    references.put(goal.getId(), reference.setDisplay(goal.getStatement()));
                    for (Objective objective : goal.getObjectives()) {
                        references.put(objective.getId(), new Reference(reference.getReference())
                                .setDisplay(objective.getStatement()));
                    }
                }));
        return references;
    }
}
