package org.casenotes.store.internal.search;

import java.time.Duration;
import java.util.List;

import org.casenotes.store.IndexingProgress;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.SearchHit;

/**
 * A {@link NoteSearch} over one of a caseload's two indexes: the record's, or the psychotherapy notes' limited to
 * the searching clinician's own.
 */
final class IndexSearch implements NoteSearch {

    private final CaseloadSearch search;
    private final boolean psychotherapyNotes;

    IndexSearch(CaseloadSearch search, boolean psychotherapyNotes) {
        this.search = search;
        this.psychotherapyNotes = psychotherapyNotes;
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        CaseloadSearch.Indexes open = search.started();
        if (open == null) {
            return List.of();
        }
        return psychotherapyNotes ? open.psychotherapy().search(query, search.actor(), limit)
                : open.record().search(query, null, limit);
    }

    @Override
    public IndexingProgress progress() {
        search.started();
        return search.state().current();
    }

    @Override
    public boolean awaitComplete(Duration timeout) throws InterruptedException {
        search.started();
        return search.state().await(timeout);
    }
}
