package org.casenotes.store.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.casenotes.store.Snippet;

/**
 * Turns the highlighter's best passage into a {@link Snippet}: the passage's text (cut to a length, at a word) with
 * the matched words' ranges, so the workbench draws them in bold rather than parsing markup.
 */
final class SnippetFormatter extends PassageFormatter {

    private final int maxLength;

    SnippetFormatter(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages.length == 0) {
            return null;
        }
        Passage passage = passages[0];
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        if (end - start > maxLength) {
            int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
            start = Math.max(start, wordStart(content, firstMatch - maxLength / 3));
            end = Math.min(end, wordEnd(content, start + maxLength));
        }
        String prefix = start > 0 ? "… " : "";
        String suffix = end < content.length() ? " …" : "";
        String text = prefix + content.substring(start, end).strip() + suffix;
        int shift = prefix.length() - start - leadingSpace(content, start, end);
        List<Snippet.Highlight> highlights = new ArrayList<>();
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int matchStart = passage.getMatchStarts()[i];
            int matchEnd = passage.getMatchEnds()[i];
            if (matchStart >= start && matchEnd <= end) {
                int from = matchStart + shift;
                if (!highlights.isEmpty() && highlights.getLast().end() >= from) {
                    Snippet.Highlight last = highlights.removeLast();
                    highlights.add(new Snippet.Highlight(last.start(), Math.max(last.end(), matchEnd + shift)));
                } else {
                    highlights.add(new Snippet.Highlight(from, matchEnd + shift));
                }
            }
        }
        Snippet.Highlight inPassage = passage.getNumMatches() == 0 ? null
                : new Snippet.Highlight(passage.getMatchStarts()[0], passage.getMatchEnds()[0]);
        return new Snippet(text, highlights, inPassage);
    }

    /**
     * @param content   a passage's text
     * @param maxLength how long at most
     * @return its opening, unmarked (when the matching words could not be located in it)
     */
    static Snippet opening(String content, int maxLength) {
        String text = content.length() <= maxLength ? content : content.substring(0, wordEnd(content, maxLength)) + " …";
        return new Snippet(text.strip(), List.of(), null);
    }

    private static int leadingSpace(String content, int start, int end) {
        int spaces = 0;
        while (start + spaces < end && Character.isWhitespace(content.charAt(start + spaces))) {
            spaces++;
        }
        return spaces;
    }

    private static int wordStart(String content, int at) {
        int index = Math.max(0, at);
        while (index > 0 && !Character.isWhitespace(content.charAt(index - 1))) {
            index--;
        }
        return index;
    }

    private static int wordEnd(String content, int at) {
        int index = Math.min(content.length(), at);
        while (index < content.length() && !Character.isWhitespace(content.charAt(index))) {
            index++;
        }
        return index;
    }
}
