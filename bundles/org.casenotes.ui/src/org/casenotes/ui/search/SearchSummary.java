package org.casenotes.ui.search;

import org.casenotes.store.IndexingProgress;

/** The line above the search results: how many, for what, and how far the index has come. */
final class SearchSummary {

    private SearchSummary() {
    }

    static String of(String words, int found, int limit, IndexingProgress progress, boolean psychotherapyNotes) {
        String where = psychotherapyNotes ? "your psychotherapy notes" : "notes, addenda and letters";
        String indexing = indexing(progress);
        if (words.isBlank()) {
            return indexing.isEmpty() ? "Type words from a note and press Enter." : indexing;
        }
        String quoted = words.contains("\"") ? words.strip() : "\u201c" + words.strip() + "\u201d";
        String result = found == 0 ? "Nothing in " + where + " matches " + quoted + "."
                : (found >= limit ? "The best " + found + " results" : found == 1 ? "1 result" : found + " results")
                        + " in " + where + " for " + quoted + (found == 1 ? "." : ", best first.");
        return indexing.isEmpty() ? result : result + " " + indexing;
    }

    private static String indexing(IndexingProgress progress) {
        if (progress.complete()) {
            return "";
        }
        if (progress.total() == 0) {
            return "Opening the search index\u2026";
        }
        return (progress.building() ? "Indexing the caseload's notes: " : "Bringing the search index up to date: ")
                + NoteSearchView.count(progress.done()) + " of " + NoteSearchView.count(progress.total())
                + " \u2014 results so far.";
    }
}
