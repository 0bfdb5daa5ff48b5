package org.casenotes.store;

/**
 * How far the search index of an opened caseload has come.
 *
 * @param done     records indexed so far (notes, clients' letters, psychotherapy notes)
 * @param total    records to index, or 0 while it is not yet known
 * @param complete true once every record is indexed (searches then see everything)
 * @param building true when the index is being built from the records (first use, or a damaged index), false while
 *                 it is only being loaded from the caseload
 */
public record IndexingProgress(int done, int total, boolean complete, boolean building) {

    /** Nothing known yet. */
    public static final IndexingProgress STARTING = new IndexingProgress(0, 0, false, false);
}
