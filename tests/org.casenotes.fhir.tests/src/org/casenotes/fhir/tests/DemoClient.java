package org.casenotes.fhir.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casenotes.demo.ClientHistory;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.export.FormLookup;
import org.casenotes.export.RecordSource;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;

/**
 * The demo caseload's fullest client (diagnoses, plans, measures, letters, signed notes), in memory, and a signed
 * psychotherapy note of theirs holding {@link #PRIVATE_SENTENCE}, which no export may contain.
 */
final class DemoClient {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T16:00:00Z");
    static final String PRIVATE_SENTENCE = "I wonder whether the lighthouse dream stands for her father";

    final Client client;
    final List<Note> signedNotes;
    final Note psychotherapyNote;

    DemoClient() {
        ClientHistory history = DemoCaseload.standard(TODAY, Forms.standard()::form).generate().stream()
                .filter(candidate -> !candidate.client().getLetters().isEmpty())
                .filter(candidate -> !candidate.client().getDiagnoses().isEmpty())
                .max(Comparator.comparingInt((ClientHistory candidate) -> candidate.client().getMeasureResults()
                        .size()).thenComparingInt(candidate -> candidate.notes().size()))
                .orElseThrow();
        client = history.client();
        signedNotes = history.notes().stream().filter(note -> note.getSignature() != null).toList();
        psychotherapyNote = privateNote(client.getId());
    }

    static FormLookup forms() {
        return (id, version) -> Forms.standard().form(id).filter(form -> form.getVersion() == version)
                .or(() -> Optional.<FormDefinition>empty());
    }

    /** Everything of the record, with the psychotherapy note handed in as if a caller had slipped. */
    RecordSource everythingAndThePsychotherapyNote() {
        List<Note> notes = new java.util.ArrayList<>(signedNotes);
        notes.add(psychotherapyNote);
        return new RecordSource(client, notes, client.getLetters(), client.getMeasureResults(), forms());
    }

    private static Note privateNote(String clientId) {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setId("private-" + clientId);
        note.setClientId(clientId);
        note.setTemplateId("std.psychotherapy.ProcessNote");
        note.setTemplateVersion(Forms.standard("std.psychotherapy.ProcessNote").getVersion());
        note.setStatus(NoteStatus.SIGNED);
        note.setCreatedAt(NOW);
        note.setDateOfService(TODAY.minusDays(3));
        Signature signature = RecordFactory.eINSTANCE.createSignature();
        signature.setSignerId("clinician-1");
        signature.setSignerName("Avery Vale");
        signature.setCredentials("LCSW");
        signature.setSignedAt(NOW);
        signature.setContentHash("0".repeat(64));
        note.setSignature(signature);
        TextValue text = RecordFactory.eINSTANCE.createTextValue();
        text.setFieldId("impressions");
        text.setText(PRIVATE_SENTENCE + ".");
        note.getValues().add(text);
        return note;
    }
}
