package org.casenotes.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.AuditLog;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.NoteChangedElsewhereException;
import org.casenotes.store.NoteReference;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.PsychotherapyNotes;
import org.casenotes.store.RecordKind;
import org.casenotes.store.SignedNoteChangeException;
import org.casenotes.store.internal.audit.AuditChain;
import org.casenotes.store.internal.records.ClientRow;
import org.casenotes.store.internal.records.NoteChanges;
import org.casenotes.store.internal.records.NoteRow;
import org.casenotes.store.internal.records.PlanVersionChanges;
import org.casenotes.store.internal.records.RecordCodec;
import org.casenotes.store.internal.records.RecordLedger;
import org.casenotes.store.internal.records.RecordRows;
import org.casenotes.store.internal.records.SignedLetterChanges;
import org.casenotes.store.internal.search.CaseloadSearch;
import org.casenotes.store.internal.search.NoteIndexing;
import org.casenotes.store.internal.search.UnavailableSearch;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A {@link CaseloadStore} of record-model objects over a {@link RecordSession}: the embedded store over its encrypted
 * {@link EmbeddedSession}, an agency server's over its PostgreSQL connection.
 */
public final class SessionCaseloadStore implements CaseloadStore {

    private final RecordSession session;
    private final RecordCodec codec = new RecordCodec();
    private final RecordRows rows = new RecordRows(codec);
    private final RecordLedger ledger;
    private final PsychotherapyNotes psychotherapyNotes;
    private final AuditLog auditLog;
    private final NoteIndexing search;
    /** The digest of each note's content as this store last read or wrote it (optimistic locking). */
    private final Map<String, String> notesSeen = new ConcurrentHashMap<>();

    /** The embedded store: its notes searched through an index kept inside the encrypted caseload. */
    static SessionCaseloadStore embedded(EmbeddedSession session, Clock clock) {
        return new SessionCaseloadStore(session, clock, codec -> new CaseloadSearch(session, codec));
    }

    /**
     * A store whose notes cannot be searched yet (the agency server: an index per clinician would have to follow
     * what row-level security lets each one read); a search says so in {@code why}.
     */
    public static SessionCaseloadStore withoutNoteSearch(RecordSession session, Clock clock, String why) {
        return new SessionCaseloadStore(session, clock, codec -> new UnavailableSearch(why));
    }

    private SessionCaseloadStore(RecordSession session, Clock clock, Function<RecordCodec, NoteIndexing> indexing) {
        this.session = session;
        this.ledger = new RecordLedger(session.audit(), clock);
        this.search = indexing.apply(codec);
        this.psychotherapyNotes = new SessionPsychotherapyNotes(session, ledger, codec, search);
        this.auditLog = new SessionAuditLog(session);
    }

    /** @return the session beneath, for the store's own tests and tools */
    public RecordSession session() {
        return session;
    }

    /** @return the search indexes beneath, for the store's own benchmarks (the embedded store's only) */
    public CaseloadSearch search() {
        return (CaseloadSearch) search;
    }

    @Override
    public String actor() {
        return session.actor();
    }

    @Override
    public boolean isLocked() {
        return session.isLocked();
    }

    @Override
    public void lock() {
        search.stop();
        session.lock();
    }

    @Override
    public void unlock(char[] passphrase) {
        session.unlock(passphrase);
    }

    @Override
    public List<ClientSummary> listClients() {
        return searchClients("");
    }

    @Override
    public List<ClientSummary> searchClients(String text) {
        return session.read(c -> ledger.clients().summaries(c, text == null ? "" : text));
    }

    @Override
    public CaseloadOverview overview(LocalDate overdueBefore) {
        Objects.requireNonNull(overdueBefore, "overdueBefore");
        return new CaseloadOverview(session.read(c -> ledger.clients().overview(c, overdueBefore)), overdueBefore);
    }

    @Override
    public List<NoteReference> notesNeedingAttention() {
        return session.read(ledger.notes()::unsigned);
    }

    @Override
    public List<NoteReference> notesServedSince(LocalDate firstDay) {
        Objects.requireNonNull(firstDay, "firstDay");
        return session.read(c -> ledger.notes().servedSince(c, firstDay));
    }

    @Override
    public Optional<Client> loadClient(String clientId) {
        return session.readRecords(c -> {
            Optional<byte[]> stored = ledger.clients().content(c, clientId);
            if (stored.isEmpty()) {
                return Optional.<Client>empty();
            }
            Client client = codec.decode(stored.get(), Client.class);
            for (NoteRow note : ledger.notes().ofClient(c, clientId)) {
                client.getNotes().add(codec.decode(note.content(), Note.class));
                seen(note.id(), note.content());
            }
            session.recordOpened(c, RecordKind.CLIENT, clientId);
            return Optional.of(client);
        });
    }

    @Override
    public Optional<Client> loadClientDetails(String clientId) {
        return session.readRecords(c -> {
            Optional<byte[]> stored = ledger.clients().content(c, clientId);
            if (stored.isEmpty()) {
                return Optional.<Client>empty();
            }
            session.recordOpened(c, RecordKind.CLIENT, clientId);
            return Optional.of(codec.decode(stored.get(), Client.class));
        });
    }

    @Override
    public void saveClient(Client client) {
        requireId(client.getId(), "client");
        Objects.requireNonNull(client.getStatus(), "client status");
        var row = rows.client(client);
        synchronized (session) {
            session.write(c -> {
                List<Letter> signed = keepHistory(c, client);
                ledger.saveClient(c, actor(), row);
                recordSignedLetters(c, client, signed);
                return null;
            });
            search.clientsSaved(List.of(client));
        }
    }

    /**
     * Refuses a save that would rewrite or drop a stored plan version (see {@link PlanVersionChanges}) or a signed
     * letter (see {@link SignedLetterChanges}).
     *
     * @return the letters this save signs
     */
    private List<Letter> keepHistory(Connection c, Client client) throws SQLException {
        Client stored = ledger.clients().content(c, client.getId()).map(bytes -> codec.decode(bytes, Client.class))
                .orElse(null);
        PlanVersionChanges.check(stored, client);
        return SignedLetterChanges.newlySigned(stored, client);
    }

    private void recordSignedLetters(Connection c, Client client, List<Letter> signed) throws SQLException {
        for (Letter letter : signed) {
            ledger.letterSigned(c, actor(), client.getId(), letter);
        }
    }

    @Override
    public void addClients(Collection<Client> clients) {
        Set<String> ids = new HashSet<>();
        List<ClientRow> clientRows = new ArrayList<>();
        for (Client client : clients) {
            requireId(client.getId(), "client");
            Objects.requireNonNull(client.getStatus(), "client status");
            if (!ids.add(client.getId())) {
                throw new IllegalArgumentException("Two of the clients to add have the id " + client.getId() + ".");
            }
            clientRows.add(rows.client(client));
        }
        synchronized (session) {
            session.write(c -> {
                for (ClientRow row : clientRows) {
                    // saving tells whether the client was new; one that was not rolls the whole transaction back
                    if (ledger.saveClient(c, actor(), row).action() != AuditAction.CREATE) {
                        throw new CaseloadStoreException("A client with the id " + row.id()
                                + " is already in this caseload; no client was added.");
                    }
                }
                return null;
            });
            search.clientsSaved(clients);
        }
    }

    @Override
    public void saveNote(Note note) {
        saveNotes(List.of(note));
    }

    @Override
    public void saveNotes(Collection<Note> notes) {
        List<NoteRow> noteRows = notes.stream().map(note -> {
            requireId(note.getId(), "note");
            return rows.note(note);
        }).toList();
        synchronized (session) {
            try {
                session.write(c -> {
                    int i = 0;
                    for (Note note : notes) {
                        save(c, note, noteRows.get(i++));
                    }
                    return null;
                });
            } catch (NoteChangedElsewhereException e) {
                keepToMerge(e.unsaved());
                throw e;
            }
            noteRows.forEach(row -> seen(row.id(), row.content()));
            search.notesSaved(notes);
        }
    }

    @Override
    public void saveNoteWithClient(Note note, Client client) {
        requireId(note.getId(), "note");
        requireId(client.getId(), "client");
        Objects.requireNonNull(client.getStatus(), "client status");
        if (!client.getId().equals(note.getClientId())) {
            throw new IllegalArgumentException("Note " + note.getId() + " belongs to client " + note.getClientId()
                    + ", not to " + client.getId() + ".");
        }
        NoteRow noteRow = rows.note(note);
        var clientRow = rows.client(client);
        synchronized (session) {
            try {
                session.write(c -> {
                    List<Letter> signed = keepHistory(c, client);
                    save(c, note, noteRow);
                    ledger.saveClient(c, actor(), clientRow);
                    recordSignedLetters(c, client, signed);
                    return null;
                });
            } catch (NoteChangedElsewhereException e) {
                keepToMerge(e.unsaved());
                throw e;
            }
            seen(noteRow.id(), noteRow.content());
            search.notesSaved(List.of(note));
            search.clientsSaved(List.of(client));
        }
    }

    private void save(Connection c, Note note, NoteRow row) throws SQLException {
        if (!ledger.clients().exists(c, note.getClientId())) {
            throw new CaseloadStoreException("Note " + note.getId() + " names client " + note.getClientId()
                    + ", which is not in this caseload.");
        }
        ledger.notes().lock(c, note.getId());
        Optional<NoteRow> storedRow = ledger.notes().find(c, note.getId());
        if (storedRow.isPresent()) {
            requireUnchangedElsewhere(c, note, storedRow.get());
        }
        Note stored = storedRow.map(r -> codec.decode(r.content(), Note.class)).orElse(null);
        if (stored != null && !stored.getClientId().equals(note.getClientId())) {
            throw new CaseloadStoreException("Note " + note.getId() + " cannot move to another client.");
        }
        ledger.saveNote(c, actor(), row, NoteChanges.classify(stored, note));
    }

    /**
     * Refuses a save of a note stored since this store last read or wrote it, naming who stored it and when (the
     * latest audit entry that sealed the stored content). A note this store never read is saved as given.
     */
    private void requireUnchangedElsewhere(Connection c, Note note, NoteRow stored) throws SQLException {
        String known = notesSeen.get(note.getId());
        String current = AuditChain.digestOf(stored.content());
        if (known == null || known.equals(current)) {
            return;
        }
        Optional<AuditEntry> change = session.audit().entriesFor(c, RecordKind.NOTE, note.getId()).stream()
                .filter(entry -> current.equals(entry.contentDigest())).reduce((first, second) -> second);
        throw new NoteChangedElsewhereException(note.getId(), change.map(AuditEntry::actor).orElse(""),
                change.map(AuditEntry::at).orElse(null), EcoreUtil.copy(note));
    }

    /** Keeps a refused version as the note's working copy, when the stored note still takes one. */
    private void keepToMerge(Note unsaved) {
        try {
            autosaveDraft(unsaved);
        } catch (SignedNoteChangeException e) {
            // signed meanwhile: the refused version stays in the exception only
        }
    }

    private void seen(String noteId, byte[] content) {
        notesSeen.put(noteId, AuditChain.digestOf(content));
    }

    /**
     * @param noteId a note
     * @return the digest of the note's content as this store last read or wrote it (the version a save of it is
     *         checked against), if it did
     */
    public Optional<String> seenVersion(String noteId) {
        return Optional.ofNullable(notesSeen.get(noteId));
    }

    /**
     * Takes {@code digest} as the version of the note this store last read or wrote, so that the next save of the
     * note is checked against it: for a draft kept while the store could not save it (an agency server out of
     * reach) and saved later, perhaps by another session of the same account, which must still be told when
     * someone else changed the note meanwhile.
     *
     * @param noteId a note
     * @param digest a digest {@link #seenVersion} returned
     */
    public void assumeSeen(String noteId, String digest) {
        notesSeen.put(noteId, digest);
    }

    @Override
    public Optional<Note> loadNote(String noteId) {
        return session.readRecords(c -> {
            Optional<NoteRow> row = ledger.notes().find(c, noteId);
            if (row.isPresent()) {
                session.recordOpened(c, RecordKind.NOTE, noteId);
                seen(noteId, row.get().content());
            }
            return row.map(r -> codec.decode(r.content(), Note.class));
        });
    }

    @Override
    public void autosaveDraft(Note draft) {
        requireId(draft.getId(), "note");
        byte[] content = codec.encode(draft);
        // durable like a save: a draft kept only in the engine's memory would go with the next write the disk fails
        session.write(c -> {
            Optional<NoteRow> stored = ledger.notes().find(c, draft.getId());
            if (stored.isPresent() && NoteChanges.isSealed(codec.decode(stored.get().content(), Note.class)
                    .getStatus())) {
                throw new SignedNoteChangeException("Note " + draft.getId() + " is signed; it has no draft to autosave.");
            }
            ledger.autosaves().put(c, draft.getId(), draft.getClientId(), content);
            return null;
        });
    }

    @Override
    public Optional<Note> autosavedDraft(String noteId) {
        return session.read(c -> ledger.autosaves().find(c, noteId).map(bytes -> codec.decode(bytes, Note.class)));
    }

    @Override
    public Optional<Instant> autosavedAt(String noteId) {
        return session.read(c -> ledger.autosaves().keptAt(c, noteId));
    }

    @Override
    public void discardAutosavedDraft(String noteId) {
        session.writeQuietly(c -> {
            ledger.autosaves().remove(c, noteId);
            return null;
        });
    }

    @Override
    public NoteSearch noteSearch() {
        return search.records();
    }

    @Override
    public PsychotherapyNotes psychotherapyNotes() {
        return psychotherapyNotes;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public void backupTo(Path backupFile) {
        session.backupTo(backupFile);
    }

    @Override
    public void close() {
        search.stop();
        session.close();
    }

    static void requireId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A " + what + " needs an id before it can be saved.");
        }
    }
}
