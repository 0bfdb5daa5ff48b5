package org.casenotes.store.internal;

import java.util.Optional;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.PsychotherapyNotebook;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.PsychotherapyNotes;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.records.NoteChanges;
import org.casenotes.store.internal.records.RecordCodec;
import org.casenotes.store.internal.records.RecordLedger;
import org.casenotes.store.internal.search.NoteIndexing;

/** Psychotherapy notes in their own table, reached only through this class. */
final class SessionPsychotherapyNotes implements PsychotherapyNotes {

    private final RecordSession session;
    private final RecordLedger ledger;
    private final RecordCodec codec;
    private final NoteIndexing search;

    SessionPsychotherapyNotes(RecordSession session, RecordLedger ledger, RecordCodec codec, NoteIndexing search) {
        this.session = session;
        this.ledger = ledger;
        this.codec = codec;
        this.search = search;
    }

    @Override
    public NoteSearch search() {
        return search.psychotherapyNotes();
    }

    @Override
    public PsychotherapyNotebook notebook(String clientId) {
        return session.readRecords(c -> {
            PsychotherapyNotebook notebook = RecordFactory.eINSTANCE.createPsychotherapyNotebook();
            notebook.setId(clientId);
            notebook.setClientId(clientId);
            for (byte[] content : ledger.psychotherapyNotes().ofClient(c, clientId)) {
                Note note = codec.decode(content, Note.class);
                notebook.getNotes().add(note);
                session.recordOpened(c, RecordKind.PSYCHOTHERAPY_NOTE, note.getId());
            }
            return notebook;
        });
    }

    @Override
    public Optional<Note> load(String noteId) {
        return session.readRecords(c -> {
            Optional<byte[]> content = ledger.psychotherapyNotes().find(c, noteId);
            if (content.isPresent()) {
                session.recordOpened(c, RecordKind.PSYCHOTHERAPY_NOTE, noteId);
            }
            return content.map(bytes -> codec.decode(bytes, Note.class));
        });
    }

    @Override
    public void save(Note note) {
        SessionCaseloadStore.requireId(note.getId(), "psychotherapy note");
        byte[] content = codec.encode(note);
        synchronized (session) {
            session.write(c -> {
                if (!ledger.clients().exists(c, note.getClientId())) {
                    throw new CaseloadStoreException("Psychotherapy note " + note.getId() + " names client "
                            + note.getClientId() + ", which is not in this caseload.");
                }
                Note stored = ledger.psychotherapyNotes().find(c, note.getId())
                        .map(bytes -> codec.decode(bytes, Note.class)).orElse(null);
                NoteChanges.classify(stored, note);
                return ledger.savePsychotherapyNote(c, session.actor(), note.getId(), note.getClientId(), content);
            });
            search.psychotherapyNoteSaved(note);
        }
    }
}
