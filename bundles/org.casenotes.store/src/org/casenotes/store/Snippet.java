package org.casenotes.store;

import java.util.List;

/**
 * A piece of a passage with the words that matched a search marked, for showing in a result list.
 *
 * @param text       the text shown
 * @param highlights the marked ranges of {@code text}, in order, not overlapping
 * @param inPassage  the first marked range in the whole passage's text (to select it in the note's field), or null
 */
public record Snippet(String text, List<Highlight> highlights, Highlight inPassage) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /**
     * @param start first character (inclusive)
     * @param end   end (exclusive)
     */
    public record Highlight(int start, int end) {

        /** @return how many characters */
        public int length() {
            return end - start;
        }
    }

    /** @return the text with each marked range in square brackets, e.g. "had [panic] attacks" (for logs and tests) */
    public String marked() {
        StringBuilder marked = new StringBuilder();
        int at = 0;
        for (Highlight highlight : highlights) {
            marked.append(text, at, highlight.start()).append('[').append(text, highlight.start(), highlight.end())
                    .append(']');
            at = highlight.end();
        }
        return marked.append(text.substring(at)).toString();
    }
}
