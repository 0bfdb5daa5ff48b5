package org.casenotes.store.internal.records;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.casenotes.model.record.Letter;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.audit.AuditChain;
import org.casenotes.store.internal.audit.AuditTable;

/**
 * Writes records together with their audit entries: every write of a client, note or psychotherapy note appends,
 * in the same transaction, an entry carrying the digest of exactly the bytes stored. This pairing is what lets
 * verification name a record whose stored bytes were changed behind the store's back.
 */
public final class RecordLedger {

    private final AuditTable audit;
    private final ClientTable clients;
    private final NoteTable notes;
    private final PsychotherapyNoteTable psychotherapyNotes;
    private final AutosaveTable autosaves;

    public RecordLedger(AuditTable audit, Clock clock) {
        this.audit = audit;
        this.clients = new ClientTable(clock);
        this.notes = new NoteTable(clock);
        this.psychotherapyNotes = new PsychotherapyNoteTable(clock);
        this.autosaves = new AutosaveTable(clock);
    }

    /** @return the client table, for reads */
    public ClientTable clients() {
        return clients;
    }

    /** @return the note table, for reads */
    public NoteTable notes() {
        return notes;
    }

    /** @return the psychotherapy note table, for reads */
    public PsychotherapyNoteTable psychotherapyNotes() {
        return psychotherapyNotes;
    }

    /** @return the autosave table */
    public AutosaveTable autosaves() {
        return autosaves;
    }

    /**
     * @param connection connection in a transaction
     * @param actor      who
     * @param row        the client
     * @return the audit entry (CREATE or CHANGE)
     * @throws SQLException on failure
     */
    public AuditEntry saveClient(Connection connection, String actor, ClientRow row) throws SQLException {
        boolean created = clients.upsert(connection, row);
        return audit.append(connection, actor, created ? AuditAction.CREATE : AuditAction.CHANGE, RecordKind.CLIENT,
                row.id(), "", AuditChain.digestOf(row.content()));
    }

    /**
     * Records that a letter of a client's record was signed. The letter is stored with its client (whose entry seals
     * the bytes), so this entry carries no digest of its own.
     *
     * @param connection connection in a transaction
     * @param actor      who
     * @param clientId   the client whose record holds the letter
     * @param letter     the signed letter
     * @return the audit entry (SIGN of kind NOTE, the letter's id)
     * @throws SQLException on failure
     */
    public AuditEntry letterSigned(Connection connection, String actor, String clientId, Letter letter)
            throws SQLException {
        return audit.append(connection, actor, AuditAction.SIGN, RecordKind.NOTE, letter.getId(), "letter, template "
                + letter.getTemplateId() + " " + letter.getTemplateVersion() + ", client " + clientId, null);
    }

    /**
     * Stores a note, clears its autosave and records the write.
     *
     * @param connection connection in a transaction
     * @param actor      who
     * @param row        the note
     * @param action     what the write is (CREATE, CHANGE, SIGN, ADDENDUM)
     * @return the audit entry
     * @throws SQLException on failure
     */
    public AuditEntry saveNote(Connection connection, String actor, NoteRow row, AuditAction action)
            throws SQLException {
        notes.upsert(connection, row);
        clients.refreshNoteSummary(connection, row.clientId());
        autosaves.remove(connection, row.id());
        return audit.append(connection, actor, action, RecordKind.NOTE, row.id(),
                "template " + row.templateId() + " " + row.templateVersion() + ", " + row.status(),
                AuditChain.digestOf(row.content()));
    }

    /**
     * @param connection connection in a transaction
     * @param actor      who
     * @param id         note id
     * @param clientId   client id
     * @param content    serialized note
     * @return the audit entry (CREATE or CHANGE)
     * @throws SQLException on failure
     */
    public AuditEntry savePsychotherapyNote(Connection connection, String actor, String id, String clientId,
            byte[] content) throws SQLException {
        boolean created = psychotherapyNotes.upsert(connection, id, clientId, actor, content);
        return audit.append(connection, actor, created ? AuditAction.CREATE : AuditAction.CHANGE,
                RecordKind.PSYCHOTHERAPY_NOTE, id, "", AuditChain.digestOf(content));
    }
}
