package org.casenotes.store.tests;

import java.time.Instant;
import java.time.LocalDate;

import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;

/** Fictional clients and notes for store tests. */
public final class SampleRecords {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private SampleRecords() {
    }

    public static Client client(String id, String legalName, String preferredName) {
        Client client = RECORD.createClient();
        client.setId(id);
        client.setLegalName(legalName);
        client.setPreferredName(preferredName);
        client.setStatus(ClientStatus.ACTIVE);
        client.setDateOfBirth(LocalDate.of(1991, 4, 17));
        return client;
    }

    public static Note draft(String id, String clientId, LocalDate dateOfService, String subjective) {
        Note note = RECORD.createNote();
        note.setId(id);
        note.setClientId(clientId);
        note.setTemplateId("std.soap");
        note.setTemplateVersion(1);
        note.setAuthorId("clin-1");
        note.setStatus(NoteStatus.DRAFT);
        note.setCreatedAt(Instant.parse("2026-03-02T15:00:00Z"));
        note.setDateOfService(dateOfService);
        TextValue text = RECORD.createTextValue();
        text.setFieldId("subjective");
        text.setText(subjective);
        note.getValues().add(text);
        return note;
    }

    public static Note signed(Note draft) {
        Signature signature = RECORD.createSignature();
        signature.setSignerId("clin-1");
        signature.setSignerName("Robin Vale");
        signature.setCredentials("LCSW");
        signature.setSignedAt(Instant.parse("2026-03-02T16:00:00Z"));
        signature.setContentHash("hash-of-" + draft.getId());
        draft.setSignature(signature);
        draft.setStatus(NoteStatus.SIGNED);
        return draft;
    }

    public static Addendum addendum(String id, String text) {
        Addendum addendum = RECORD.createAddendum();
        addendum.setId(id);
        addendum.setAuthorId("clin-1");
        addendum.setCreatedAt(Instant.parse("2026-03-03T09:00:00Z"));
        addendum.setReason("clarification");
        addendum.setText(text);
        return addendum;
    }

    public static void setSubjective(Note note, String text) {
        ((TextValue) note.getValues().get(0)).setText(text);
    }

    public static String subjective(Note note) {
        return ((TextValue) note.getValues().get(0)).getText();
    }

    /**
     * @param id     the result's id
     * @param noteId the note that recorded it
     * @param total  the PHQ-9 total
     * @return a PHQ-9 result administered on 2 March 2026
     */
    public static MeasureResult measureResult(String id, String noteId, int total) {
        MeasureResult result = RECORD.createMeasureResult();
        result.setId(id);
        result.setInstrumentId("std.instruments.PHQ9");
        result.setAdministeredOn(LocalDate.of(2026, 3, 2));
        result.setNoteId(noteId);
        result.setTotal(total);
        return result;
    }
}
