package org.casenotes.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.EmbeddedSession;
import org.casenotes.store.internal.records.RecordCodec;

/**
 * The search indexes of one opened caseload: the record's (note fields, addenda, letters) and, apart from it, the
 * psychotherapy notes', so a search of the record cannot return one by construction.
 *
 * <p><b>Design.</b> Each index is a Lucene index in memory; between sessions its committed files are rows of the
 * encrypted database ({@link IndexFiles}), so nothing of it is ever a plain file. It is derived data: the first
 * search of a session starts a background worker that loads the kept index and catches it up with the records
 * written since its commit (the commit records the audit sequence it covers, and the audit log names every record
 * written after), or builds it from every record when there is none, it is of another format, or it is damaged.
 * A crash at any point loses no record and at most the index's uncommitted part, which the next session catches
 * up. Saves update the index while the session's lock is still held ({@link #notesSaved} and its siblings), so the
 * index never sees two writes of a record out of order; the worker indexes each batch under the same lock.
 * Locking or closing the store commits the index into the database and drops it from memory.
 */
public final class CaseloadSearch implements NoteIndexing {

    private static final String RECORD_INDEX = "record";
    private static final String PSYCHOTHERAPY_INDEX = "psychotherapy";
    private static final int BATCH = 200;
    private static final int REFRESH_EVERY = 5_000;

    private final EmbeddedSession session;
    private final RecordCodec codec;
    private final IndexingState state = new IndexingState();
    private volatile Indexes indexes;
    private volatile boolean stopping;
    private Thread worker;

    /**
     * @param session the caseload's session
     * @param codec   decodes stored records
     */
    public CaseloadSearch(EmbeddedSession session, RecordCodec codec) {
        this.session = session;
        this.codec = codec;
    }

    /** @return the search of the record (notes, addenda, letters) */
    @Override
    public NoteSearch records() {
        return new IndexSearch(this, false);
    }

    /** @return the search of the actor's own psychotherapy notes */
    @Override
    public NoteSearch psychotherapyNotes() {
        return new IndexSearch(this, true);
    }

    /**
     * Indexes saved notes. Call while holding the session's lock, after the write committed.
     *
     * @param notes the notes as saved
     */
    @Override
    public void notesSaved(Collection<Note> notes) {
        Indexes open = indexes;
        if (open != null) {
            notes.forEach(note -> open.record().replace(OwnerKeys.note(note.getId()), RecordPassages.ofNote(note)));
        }
    }

    /**
     * Indexes saved clients' letters. Call while holding the session's lock, after the write committed.
     *
     * @param clients the clients as saved
     */
    @Override
    public void clientsSaved(Collection<Client> clients) {
        Indexes open = indexes;
        if (open != null) {
            clients.forEach(client -> open.record().replace(OwnerKeys.letters(client.getId()),
                    RecordPassages.ofLetters(client)));
        }
    }

    /**
     * Indexes a saved psychotherapy note. Call while holding the session's lock, after the write committed.
     *
     * @param note the note as saved
     */
    @Override
    public void psychotherapyNoteSaved(Note note) {
        Indexes open = indexes;
        if (open != null) {
            open.psychotherapy().replace(OwnerKeys.psychotherapyNote(note.getId()),
                    RecordPassages.ofPsychotherapyNote(note, session.actor()));
        }
    }

    /**
     * Stops indexing, commits a complete index into the database, and drops it from memory. Call before the
     * session locks or closes, without holding its lock.
     */
    @Override
    public void stop() {
        Thread running;
        synchronized (this) {
            running = worker;
            stopping = true;
        }
        try {
            if (running != null) {
                running.join();
            }
            Indexes open = indexes;
            if (open != null && state.current().complete() && !session.isLocked()) {
                checkpoint(open);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                Indexes open = indexes;
                indexes = null;
                worker = null;
                stopping = false;
                state.reset();
                if (open != null) {
                    open.close();
                }
            }
        }
    }

    String actor() {
        return session.actor();
    }

    IndexingState state() {
        return state;
    }

    /** @return the open indexes, starting the worker if this session has not yet */
    Indexes started() {
        if (session.isLocked()) {
            throw new CaseloadLockedException();
        }
        synchronized (this) {
            if (worker == null) {
                worker = new Thread(this::work, "Casenotes search index");
                worker.setDaemon(true);
                worker.setPriority(Thread.MIN_PRIORITY);
                worker.start();
            }
        }
        return indexes;
    }

    private void work() {
        try {
            Indexes open = session.read(Indexes::load);
            Optional<Long> mark = open.mark();
            indexes = open;
            if (mark.isPresent()) {
                catchUp(open, mark.get());
            } else {
                rebuild(open);
            }
            if (!stopping) {
                checkpoint(open);
                state.complete();
            }
        } catch (CaseloadLockedException e) {
            // locked meanwhile: the next session starts again
        } catch (RuntimeException e) {
            state.failed(e);
        }
    }

    private void rebuild(Indexes open) {
        open.record().clear();
        open.psychotherapy().clear();
        state.building(session.read(IndexSources::count));
        int sinceRefresh = 0;
        for (RecordKind kind : IndexSources.kinds()) {
            String after = "";
            while (!stopping) {
                String from = after;
                List<IndexSources.Stored> batch = session.read(c -> {
                    List<IndexSources.Stored> stored = IndexSources.batch(c, kind, from, BATCH);
                    stored.forEach(record -> index(open, record));
                    return stored;
                });
                if (batch.isEmpty()) {
                    break;
                }
                after = batch.getLast().id();
                state.advanced(batch.size());
                sinceRefresh += batch.size();
                if (sinceRefresh >= REFRESH_EVERY) {
                    open.refresh();
                    sinceRefresh = 0;
                }
            }
        }
        open.refresh();
    }

    private void catchUp(Indexes open, long mark) {
        List<IndexSources.Written> written = session.read(c -> IndexSources.writtenAfter(c, mark));
        state.catchingUp(written.size());
        for (int from = 0; from < written.size() && !stopping; from += BATCH) {
            List<IndexSources.Written> batch = written.subList(from, Math.min(written.size(), from + BATCH));
            session.read(c -> {
                for (IndexSources.Written record : batch) {
                    IndexSources.stored(c, record.kind(), record.id()).ifPresent(stored -> index(open, stored));
                }
                return null;
            });
            state.advanced(batch.size());
        }
        open.refresh();
    }

    private void index(Indexes open, IndexSources.Stored stored) {
        String id = stored.id();
        byte[] content = stored.content();
        switch (stored.kind()) {
            case NOTE -> open.record().replace(OwnerKeys.note(id), RecordPassages.ofNote(codec.decode(content,
                    Note.class)));
            case CLIENT -> open.record().replace(OwnerKeys.letters(id), RecordPassages.ofLetters(codec.decode(content,
                    Client.class)));
            case PSYCHOTHERAPY_NOTE -> open.psychotherapy().replace(OwnerKeys.psychotherapyNote(id),
                    RecordPassages.ofPsychotherapyNote(codec.decode(content, Note.class), stored.author()));
            case CASELOAD -> throw new IllegalArgumentException("A caseload has no content to index.");
        }
    }

    /** Commits both indexes into the database, marked with the audit sequence they cover. */
    private void checkpoint(Indexes open) {
        if (!session.isForReading()) {
            session.writeQuietly(open::commit);
        }
    }

    /**
     * The two indexes of a session. Everything that touches Lucene's own types is here or beneath, not in {@link
     * CaseloadSearch}, so a store that never searches never loads Lucene (tools started on a plain class path).
     */
    record Indexes(NoteIndex record, NoteIndex psychotherapy) {

        /** @return the indexes kept in the database, or new empty ones if there are none or they are damaged */
        static Indexes load(Connection connection) throws SQLException {
            ByteBuffersDirectory record = new ByteBuffersDirectory();
            ByteBuffersDirectory psychotherapy = new ByteBuffersDirectory();
            boolean kept = IndexFiles.load(connection, RECORD_INDEX, record)
                    & IndexFiles.load(connection, PSYCHOTHERAPY_INDEX, psychotherapy);
            try {
                if (kept && NoteIndex.holdsIndex(record) && NoteIndex.holdsIndex(psychotherapy)) {
                    return new Indexes(new NoteIndex(record), new NoteIndex(psychotherapy));
                }
            } catch (IOException | RuntimeException damaged) {
                // a damaged kept index is rebuilt from the records
            }
            try {
                return new Indexes(new NoteIndex(new ByteBuffersDirectory()),
                        new NoteIndex(new ByteBuffersDirectory()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Commits both into the database, marked with the last audit sequence (which they cover). */
        Void commit(Connection connection) throws SQLException {
            long mark = IndexSources.lastAuditSequence(connection);
            record.commit(mark, (directory, files) -> IndexFiles.store(connection, RECORD_INDEX, directory, files));
            psychotherapy.commit(mark,
                    (directory, files) -> IndexFiles.store(connection, PSYCHOTHERAPY_INDEX, directory, files));
            return null;
        }

        Optional<Long> mark() {
            Optional<Long> recordMark = record.committedMark();
            return recordMark.equals(psychotherapy.committedMark()) ? recordMark : Optional.empty();
        }

        void refresh() {
            record.refresh();
            psychotherapy.refresh();
        }

        void close() {
            try {
                record.close();
            } finally {
                psychotherapy.close();
            }
        }
    }

    /** The keys under which each record's passages are replaced together. */
    static final class OwnerKeys {

        private OwnerKeys() {
        }

        static String note(String id) {
            return "note:" + id;
        }

        static String letters(String clientId) {
            return "letters:" + clientId;
        }

        static String psychotherapyNote(String id) {
            return "psychotherapy:" + id;
        }
    }
}
