package org.casenotes.core.rules.text;

import java.util.Arrays;

import org.casenotes.core.rules.TextRange;

/**
 * A text split into sentences: at line breaks (a note's lines are separate statements), and within a line
 * by OpenNLP's English sentence detector ({@link EnglishModels}). A detected boundary before a lower-case
 * word is not one (a clinical abbreviation such as {@code e.g.}, {@code approx.} or {@code q.d.}).
 */
public final class Sentences {

    private final String text;
    private final int[] starts;
    private final int count;

    private Sentences(String text, int[] starts, int count) {
        this.text = text;
        this.starts = starts;
        this.count = count;
    }

    /** @return the sentences of {@code text} */
    public static Sentences of(String text) {
        int[] starts = new int[16];
        starts[0] = 0;
        int count = 1;
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (lineStart > 0 && hasLetterOrDigit(text, lineStart, lineEnd)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = firstNonSpace(text, lineStart, lineEnd);
            }
            if (lineEnd > lineStart && hasBoundaryCandidate(text, lineStart, lineEnd)) {
                for (opennlp.tools.util.Span span : EnglishModels.sentenceDetector()
                        .sentPosDetect(text.substring(lineStart, lineEnd))) {
                    int start = lineStart + span.getStart();
                    if (start > starts[count - 1] && !Character.isLowerCase(text.codePointAt(start))) {
                        if (count == starts.length) {
                            starts = Arrays.copyOf(starts, count * 2);
                        }
                        starts[count++] = start;
                    }
                }
            }
            lineStart = lineEnd;
            while (lineStart < length && Character.isWhitespace(text.charAt(lineStart))) {
                lineStart++;
            }
        }
        return new Sentences(text, starts, count);
    }

    private static boolean hasBoundaryCandidate(String text, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetterOrDigit(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** @return the number of sentences (at least one, even for an empty text) */
    public int count() {
        return count;
    }

    /** @return the index of the sentence containing {@code offset} */
    public int indexAt(int offset) {
        int index = Arrays.binarySearch(starts, 0, count, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** @return the range of sentence {@code index}, without trailing white space */
    public TextRange range(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        int start = starts[index];
        int end = index + 1 < count ? starts[index + 1] : text.length();
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }
}
