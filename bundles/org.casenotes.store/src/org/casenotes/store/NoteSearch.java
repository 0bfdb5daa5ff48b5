package org.casenotes.store;

import java.time.Duration;
import java.util.List;

/**
 * Full-text search over what notes say: the fields of signed and draft notes, their addenda, and letters
 * ({@link CaseloadStore#noteSearch()}); or, separately, the searching clinician's own psychotherapy notes
 * ({@link PsychotherapyNotes#search()}), which the first never returns.
 *
 * <p>Words are matched by their English stem ("panicking" finds "panic attacks"), case-insensitively; words in
 * double quotes must occur together as a phrase; {@code -word} excludes, {@code word*} matches a prefix. Every word
 * must occur in the same passage (one field, addendum or letter). Results are ranked by relevance (BM25), one per
 * document at its best passage, each with a snippet whose matching words are marked.
 *
 * <p>The index is derived from the records and kept inside the encrypted caseload, never as plain files. When a
 * caseload opens, the index is loaded (or, the first time, built from every record) in the background: until
 * {@link #progress()} says it is complete, searches answer from what is indexed so far. Saves update it at once.
 * Safe to call from any thread; while the store is locked, searching throws {@link CaseloadLockedException}.
 */
public interface NoteSearch {

    /**
     * @param query what the clinician typed (blank finds nothing; unbalanced quotes or operators are read leniently)
     * @param limit at most this many results
     * @return matching documents, best first
     * @throws CaseloadLockedException while the store is locked
     */
    List<SearchHit> search(String query, int limit);

    /** @return how far loading or building the index has come */
    IndexingProgress progress();

    /**
     * Waits until the index is complete (for tools and tests; the workbench shows {@link #progress()} instead).
     *
     * @param timeout how long to wait at most
     * @return true if it is complete
     * @throws InterruptedException if interrupted while waiting
     */
    boolean awaitComplete(Duration timeout) throws InterruptedException;
}
