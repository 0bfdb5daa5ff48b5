package org.casenotes.core.rules.text;

import java.util.Arrays;

import org.casenotes.core.rules.TextRange;

/**
 * A heuristic split of a text into sentences, good enough to decide what "the same sentence" means
 * for a rule. A sentence ends at a line break, or at {@code .}, {@code !}, {@code ?} or
 * {@code \u2026} (with any closing quotes or brackets) followed by white space and then an upper-case
 * letter, a digit or an opening quote. A lower-case continuation ({@code e.g. pacing}) does not end a
 * sentence.
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
        for (int i = 0; i < length; i++) {
            int next = boundaryAfter(text, i);
            if (next > 0 && next < length) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = next;
                i = next - 1;
            }
        }
        return new Sentences(text, starts, count);
    }

    /** @return the start of the sentence after a boundary at {@code i}, or -1 if {@code i} is none */
    private static int boundaryAfter(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return j;
        }
        if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
            return -1;
        }
        int j = i + 1;
        while (j < text.length() && isCloser(text.charAt(j))) {
            j++;
        }
        int afterSpace = j;
        while (afterSpace < text.length() && isSpace(text.charAt(afterSpace))) {
            afterSpace++;
        }
        if (afterSpace == j || afterSpace >= text.length()) {
            return -1;
        }
        int cp = text.codePointAt(afterSpace);
        boolean opensSentence = Character.isUpperCase(cp) || Character.isDigit(cp) || cp == '"' || cp == '\u201c'
                || cp == '\u2018' || cp == '(' || Character.isLetter(cp) && !Character.isLowerCase(cp);
        return opensSentence ? afterSpace : -1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\'';
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
