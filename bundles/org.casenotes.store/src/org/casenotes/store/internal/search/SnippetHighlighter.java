package org.casenotes.store.internal.search;

import java.io.IOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, giving each document's best passage as the formatter's object (a snippet). */
final class SnippetHighlighter extends UnifiedHighlighter {

    SnippetHighlighter(Builder builder) {
        super(builder);
    }

    /**
     * @param field  the highlighted field
     * @param query  the query
     * @param docIds the documents, as found
     * @return for each document, its formatted best passage or null
     * @throws IOException on failure
     */
    Object[] snippets(String field, Query query, int[] docIds) throws IOException {
        return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
    }
}
