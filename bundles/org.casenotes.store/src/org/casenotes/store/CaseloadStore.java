package org.casenotes.store;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;

/**
 * One clinician's (or one agency's) caseload: clients with their plans, sessions, measures, letters and notes,
 * kept durable, encrypted and audited. Obtained unlocked from a {@link CaseloadStoreFactory}.
 *
 * <p><b>Contract for implementations</b> (the embedded H2 store is one; an agency server on PostgreSQL,
 * {@code org.casenotes.store.server.AgencyServer}, is another; the {@code *ContractTest} classes of
 * {@code org.casenotes.store.server.tests} run against both):
 * <ul>
 * <li>Every method that writes is one transaction that is durable when the method returns; a crash at any point
 * leaves either the whole write or none of it.</li>
 * <li>Every write of a record appends an {@link AuditEntry} in the same transaction, attributed to
 * {@link #actor()}, carrying the SHA-256 of the stored bytes ({@link AuditEntry#contentDigest()}); reads of a
 * client record append an {@link AuditAction#OPEN} entry (a store {@linkplain CaseloadStoreFactory#openForReading
 * opened for reading} records one entry for the whole access instead, and refuses every write).</li>
 * <li>The end of the audit log is recorded outside the log (the embedded store keeps it in the caseload header,
 * and so in every backup; an agency server in a table beside the log, written in the same transaction), so that
 * {@link AuditLog#verify()} reports entries cut from the end.</li>
 * <li>Records are never deleted. A signed note only gains addenda, review comments and a co-signature; any other
 * change is refused with {@link SignedNoteChangeException}. A treatment-plan version other than a draft is never
 * rewritten or removed: the only change a client save may make to one is active to superseded; any other is refused
 * with {@link PlanVersionChangeException}. A signed letter of a client's record is never changed or removed either
 * ({@link SignedNoteChangeException}); a client save that adds a signed letter appends, in the same transaction, a
 * {@link AuditAction#SIGN} entry of kind {@link RecordKind#NOTE} with the letter's id.</li>
 * <li>Objects returned are detached copies: changing them changes nothing until they are saved.</li>
 * <li>While {@link #isLocked() locked}, every method except {@link #isLocked()}, {@link #unlock(char[])},
 * {@link #lock()}, {@link #actor()} and {@link #close()} throws {@link CaseloadLockedException}.</li>
 * <li>Psychotherapy notes never appear in anything this interface returns; they are reached only through
 * {@link #psychotherapyNotes()}.</li>
 * <li>Methods are safe to call from any thread; calls are serialized.</li>
 * </ul>
 */
public interface CaseloadStore extends AutoCloseable {

    /** @return the user id every audit entry of this store is attributed to */
    String actor();

    /** @return true while locked */
    boolean isLocked();

    /**
     * Records the lock, then closes the encrypted data and forgets the key. Does nothing if already locked. See
     * {@link IdleLock} for locking after inactivity.
     */
    void lock();

    /**
     * Unlocks with the passphrase. Does nothing if already unlocked.
     *
     * @param passphrase the passphrase; the store wipes the array
     * @throws WrongPassphraseException if it is wrong (the store stays locked and nothing is written)
     */
    void unlock(char[] passphrase);

    /**
     * Lists every client, sorted by family name, from indexed data (no record is deserialized, nothing is audited).
     *
     * @return the clients
     */
    List<ClientSummary> listClients();

    /**
     * @param text words that must all occur, case-insensitively, in a client's legal or preferred name or id
     * @return matching clients sorted as in {@link #listClients()}; all clients for blank text
     */
    List<ClientSummary> searchClients(String text);

    /**
     * Lists every client with what needs attention: unsigned notes (draft, submitted for review, returned for
     * correction), how many of those are overdue, and the next treatment-plan review. Read from indexed data like
     * {@link #listClients()}: no record is deserialized and nothing is audited, so listing a caseload never counts as
     * opening its clients' records.
     *
     * @param overdueBefore unsigned notes whose date of service is before this day count as overdue; callers pass
     *                      today minus the agency's late-entry window (notes without a date of service are never
     *                      overdue)
     * @return the overview, clients sorted as in {@link #listClients()}
     */
    CaseloadOverview overview(LocalDate overdueBefore);

    /**
     * Lists, from indexed data and without auditing, the notes that need someone's attention: unsigned drafts, notes
     * submitted for supervisory review and co-signature, and notes returned for correction. Whether a signed note
     * still needs a co-signature depends on its form's conditions, which the store does not evaluate; see
     * {@link #notesServedSince(LocalDate)} for checking recent signed notes too.
     *
     * @return the notes by client, then date of service, then id
     */
    List<NoteReference> notesNeedingAttention();

    /**
     * Lists, from indexed data and without auditing, every note (any status) whose date of service is on or after a
     * day.
     *
     * @param firstDay the first date of service wanted
     * @return the notes by client, then date of service, then id
     */
    List<NoteReference> notesServedSince(LocalDate firstDay);

    /**
     * Loads a client's whole record: demographics, coverages, diagnoses, episodes with treatment plans, sessions,
     * measure results, letters, and all notes ({@link Client#getNotes()}, by date of service). Psychotherapy notes
     * are not included. Records an {@link AuditAction#OPEN} entry.
     *
     * @param clientId the client's id
     * @return the client, or empty if there is none with that id
     */
    Optional<Client> loadClient(String clientId);

    /**
     * Loads a client's record without its notes ({@link Client#getNotes()} is empty): demographics, coverages,
     * diagnoses, episodes with treatment plans, sessions, measure results and letters. For changing the record's own
     * details and saving it with {@link #saveClient(Client)}, which ignores notes anyway: a client with hundreds of
     * notes is changed as fast as one with none. Records an {@link AuditAction#OPEN} entry, as
     * {@link #loadClient(String)} does.
     *
     * @param clientId the client's id
     * @return the client without notes, or empty if there is none with that id
     */
    Optional<Client> loadClientDetails(String clientId);

    /**
     * Saves a client's record except its notes, which are saved one by one with {@link #saveNote(Note)} (notes
     * contained in {@code client} are ignored here).
     *
     * @param client the client, with a non-empty id and a status
     * @throws PlanVersionChangeException if the save would change or remove a stored plan version that is not a
     *                                    draft (other than making an active version superseded)
     * @throws SignedNoteChangeException  if the save would change or remove a signed letter
     */
    void saveClient(Client client);

    /**
     * Adds several new clients in one durable transaction: all of them or none, each with its own
     * {@link AuditAction#CREATE} entry, in the order given. For moving a caseload in from a spreadsheet, where a
     * crash or a refusal halfway must not leave half the clients saved, and where one fsync per client is wasted.
     * Existing clients are never changed this way.
     *
     * @param clients the clients, each with a non-empty id and a status (their contained notes are ignored)
     * @throws CaseloadStoreException   if a client's id is already in the caseload (then none is saved)
     * @throws IllegalArgumentException if two of them share an id, or one has no id or status (nothing is saved)
     */
    void addClients(Collection<Client> clients);

    /**
     * Saves one note durably and transactionally, and discards its autosaved working copy. The audit entry's
     * action tells what the save was: CREATE, CHANGE, SUBMIT, RETURN, SIGN, COSIGN or ADDENDUM.
     *
     * @param note the note; its {@code clientId} must name a saved client
     * @throws SignedNoteChangeException if the note is stored as signed and the save would change more than
     *                                   addenda, review comments or the co-signature
     * @throws CaseloadStoreException    if its client does not exist
     */
    void saveNote(Note note);

    /**
     * Saves one note and its client's record in one durable transaction: both or neither, each with its own audit
     * entry (the note's first, as {@link #saveNote(Note)} would write it, then the client's CHANGE). For a write that
     * changes both, such as a signature whose measure results enter the client's record: a crash never leaves the
     * signed note without its results, nor the results without the signature.
     *
     * @param note   the note; its {@code clientId} must be {@code client}'s id
     * @param client the client's record, saved as by {@link #saveClient(Client)} (its contained notes are ignored)
     * @throws SignedNoteChangeException if the note is stored as signed and the save would change more than
     *                                   addenda, review comments or the co-signature (then neither is saved)
     * @throws PlanVersionChangeException as {@link #saveClient(Client)} (then neither is saved)
     * @throws IllegalArgumentException  if the note names another client
     */
    void saveNoteWithClient(Note note, Client client);

    /**
     * Saves several notes in one durable transaction (all or none), each with its own audit entry, as
     * {@link #saveNote(Note)} would. For imports and generated caseloads, where one fsync per note is wasted.
     *
     * @param notes the notes, in the order their audit entries should have
     * @throws SignedNoteChangeException if any save would change a signed note (then none is saved)
     */
    void saveNotes(Collection<Note> notes);

    /**
     * @param noteId a note id
     * @return the note as last saved, or empty (records an {@link AuditAction#OPEN} entry when found)
     */
    Optional<Note> loadNote(String noteId);

    /**
     * Keeps a working copy of a note being edited, so a crash loses at most the time since the last autosave. Not
     * part of the record, not audited, replaced by each autosave and discarded by {@link #saveNote(Note)}. Durable when
     * this returns, like a save, so a disk that fails under a later save does not take it along.
     *
     * @param draft the note as currently edited
     * @throws SignedNoteChangeException if the note is stored as signed
     */
    void autosaveDraft(Note draft);

    /**
     * @param noteId a note id
     * @return the autosaved working copy newer than the last save, if any (to offer recovery after a crash)
     */
    Optional<Note> autosavedDraft(String noteId);

    /**
     * @param noteId a note id
     * @return when the working copy that {@link #autosavedDraft(String)} returns was kept, if there is one (so
     *         recovery can say "the changes from 14:32")
     */
    Optional<Instant> autosavedAt(String noteId);

    /**
     * Throws away the autosaved working copy of a note, for a clinician who discards their unsaved changes: the
     * note stays as last saved (a note never saved stays absent) and no recovery is offered for it afterwards.
     * Like autosaves, this is not part of the record and is not audited. Does nothing if there is no working copy.
     *
     * @param noteId a note id
     */
    void discardAutosavedDraft(String noteId);

    /**
     * @return full-text search over the record's notes (every status), their addenda and letters; never psychotherapy
     *         notes, which have {@link PsychotherapyNotes#search() their own}
     */
    NoteSearch noteSearch();

    /** @return the separately kept psychotherapy notes (their reads and writes are audited) */
    PsychotherapyNotes psychotherapyNotes();

    /** @return the audit log */
    AuditLog auditLog();

    /**
     * Writes a backup of the whole caseload (including psychotherapy notes and the audit log) to one file,
     * encrypted under the current passphrase, while the store stays open. Records a {@link AuditAction#BACKUP}
     * entry, which the backup itself contains, together with the record of the audit log's end, so a restore checks
     * that no entry was cut. Restore with {@link CaseloadStoreFactory#restore}.
     *
     * @param backupFile the file to write (replaced if it exists; written atomically, readable by its owner only)
     */
    void backupTo(Path backupFile);

    /** Closes the store, making everything durable, without recording a lock. */
    @Override
    void close();
}
