package org.casenotes.store.internal.search;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.IndexingProgress;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.SearchHit;

/**
 * The note search of a store that keeps no index: saves need not tell it anything, and a search says in words why
 * there is none, rather than finding nothing (which would read as "no note says this").
 */
public final class UnavailableSearch implements NoteIndexing, NoteSearch {

    private final String why;

    /** @param why the sentence a search answers with, e.g. that the agency server does not search note contents yet */
    public UnavailableSearch(String why) {
        this.why = why;
    }

    @Override
    public NoteSearch records() {
        return this;
    }

    @Override
    public NoteSearch psychotherapyNotes() {
        return this;
    }

    @Override
    public void notesSaved(Collection<Note> notes) {
        // nothing is indexed
    }

    @Override
    public void clientsSaved(Collection<Client> clients) {
        // nothing is indexed
    }

    @Override
    public void psychotherapyNoteSaved(Note note) {
        // nothing is indexed
    }

    @Override
    public void stop() {
        // nothing runs
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        throw new CaseloadStoreException(why);
    }

    @Override
    public IndexingProgress progress() {
        return IndexingProgress.STARTING;
    }

    @Override
    public boolean awaitComplete(Duration timeout) {
        return false;
    }
}
