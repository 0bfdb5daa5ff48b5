package org.casenotes.core.rules.text;

import java.util.Arrays;

import org.casenotes.core.rules.TextRange;

/**
 * A text split into sentences: at line breaks (a note's lines are separate statements), and within a line at
 * {@code .}, {@code !}, {@code ?} or {@code \u2026} (with any closing quotes or brackets) followed by a space
 * and a sentence opening. Where that is certain (a word that cannot be an abbreviation or a number, the mark, a
 * space, a capital) the boundary is taken as it is; every other case (an abbreviation such as "Dr." or "e.g.", initials, a
 * number or a quotation after the mark) is decided by OpenNLP's English sentence detector
 * ({@link EnglishModels}) on the text around it. Running the detector only where it can disagree keeps a
 * keystroke cheap. A boundary before a lower-case word is never one ("e.g. pacing", "approx. ten").
 */
public final class Sentences {

    /** Characters of context on each side of a boundary the detector is asked about. */
    private static final int WINDOW = 60;

    /** The detector's decision on the windows met before: a keystroke leaves all but one or two of them as they were. */
    private static final RecentResults<Window, Boolean> DECISIONS = new RecentResults<>(4096);

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
        return scan(text, starts, 1, 0, null, text.length(), 0);
    }

    /**
     * The sentences of {@code text}, an edit of the text of {@code before} that left its first {@code prefix}
     * and last {@code suffix} characters as they were: the lines before the edit are taken from {@code before},
     * the lines from the edited one on are split again until a line that starts after a line break in the
     * unchanged end, whose sentences (and those of every later line) are again those of {@code before},
     * moved. A line's sentences depend on that line alone, so this gives what {@link #of} gives.
     */
    static Sentences edited(Sentences before, String text, int prefix, int suffix) {
        int lastBreak = prefix - 1;
        while (lastBreak >= 0 && text.charAt(lastBreak) != '\n' && text.charAt(lastBreak) != '\r') {
            lastBreak--;
        }
        if (lastBreak < 0) {
            return of(text);
        }
        int lineStart = lastBreak;
        while (lineStart < text.length() && Character.isWhitespace(text.charAt(lineStart))) {
            lineStart++;
        }
        int kept = before.count;
        while (kept > 1 && before.starts[kept - 1] > lastBreak) {
            kept--;
        }
        int[] starts = Arrays.copyOf(before.starts, Math.max(16, kept * 2));
        return scan(text, starts, kept, lineStart, before, text.length() - suffix,
                text.length() - before.text.length());
    }

    /**
     * Splits {@code text} from {@code lineStart}, the start of a line, on; once a line starts after a line
     * break at or after {@code unchangedFrom}, the rest is {@code before}'s, moved by {@code shift}.
     */
    private static Sentences scan(String text, int[] starts, int count, int lineStart, Sentences before,
            int unchangedFrom, int shift) {
        int length = text.length();
        int previousLineEnd = -1;
        NextChars lineBreaks = new NextChars(text, '\n', '\r');
        NextChars marks = new NextChars(text, '.', '!', '?', '\u2026');
        while (lineStart < length) {
            if (before != null && previousLineEnd >= unchangedFrom) {
                int from = Arrays.binarySearch(before.starts, 0, before.count, lineStart - shift);
                from = from >= 0 ? from : -from - 1;
                int rest = before.count - from;
                if (count + rest > starts.length) {
                    starts = Arrays.copyOf(starts, count + rest);
                }
                for (int k = 0; k < rest; k++) {
                    starts[count++] = before.starts[from + k] + shift;
                }
                break;
            }
            int lineEnd = lineBreaks.first(lineStart);
            if (lineStart > 0 && hasLetterOrDigit(text, lineStart, lineEnd)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = firstNonSpace(text, lineStart, lineEnd);
            }
            // only a mark can end a sentence: read from one mark to the next
            for (int i = marks.first(lineStart); i < lineEnd - 1; i = marks.first(i)) {
                int start = boundaryAfter(text, lineStart, lineEnd, i);
                if (start > starts[count - 1]) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = start;
                    i = start;
                } else {
                    i++;
                }
            }
            previousLineEnd = lineEnd;
            lineStart = lineEnd;
            while (lineStart < length && Character.isWhitespace(text.charAt(lineStart))) {
                lineStart++;
            }
        }
        return new Sentences(text, starts, count);
    }

    /**
     * @return the start of the sentence after a mark at {@code i} of the line {@code [lineStart, lineEnd)}, or
     *         -1 if {@code i} ends no sentence
     */
    private static int boundaryAfter(String text, int lineStart, int lineEnd, int i) {
        char mark = text.charAt(i);
        if (mark != '.' && mark != '!' && mark != '?' && mark != '\u2026') {
            return -1;
        }
        int j = i + 1;
        while (j < lineEnd && isCloser(text.charAt(j))) {
            j++;
        }
        int next = j;
        while (next < lineEnd && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00a0')) {
            next++;
        }
        if (next == j || next >= lineEnd || Character.isLowerCase(text.codePointAt(next))) {
            return -1;
        }
        if (Character.isUpperCase(text.codePointAt(next)) && (mark != '.' || endsWithPlainWord(text, lineStart, i))) {
            return next;
        }
        return detectorSplitsAt(text, lineStart, lineEnd, next) ? next : -1;
    }

    /**
     * Whether what ends right before {@code i} cannot be an abbreviation: a lower-case word of two or more
     * letters ("follow up."; not "vs"), a capitalized one of five or more ("March."; not "Dr", "Mrs", "Dept"),
     * or a number ("scored 14.").
     */
    private static boolean endsWithPlainWord(String text, int lineStart, int i) {
        int k = i;
        while (k > lineStart && Character.isLetterOrDigit(text.charAt(k - 1))) {
            k--;
        }
        if (i == k || k > lineStart && (text.charAt(k - 1) == '.' || text.charAt(k - 1) == '\'')) {
            return false;
        }
        boolean digits = true;
        boolean letters = true;
        boolean lower = true;
        for (int j = k; j < i; j++) {
            char c = text.charAt(j);
            digits &= Character.isDigit(c);
            letters &= Character.isLetter(c);
            lower &= Character.isLowerCase(c);
        }
        if (digits) {
            return true;
        }
        if (!letters) {
            return false;
        }
        int length = i - k;
        return lower ? length >= 2 && !(length == 2 && text.startsWith("vs", k)) : length >= 5;
    }

    /** Asks OpenNLP's detector about a window of the line around the candidate start {@code next}. */
    private static boolean detectorSplitsAt(String text, int lineStart, int lineEnd, int next) {
        int from = Math.max(lineStart, next - WINDOW);
        while (from > lineStart && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(lineEnd, next + WINDOW);
        while (to < lineEnd && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        return DECISIONS.get(new Window(text.substring(from, to), next - from), Sentences::detectorSplits);
    }

    /** A candidate sentence start {@code at} in a {@code window} of a line. */
    private record Window(String window, int at) {
    }

    private static Boolean detectorSplits(Window candidate) {
        for (opennlp.tools.util.Span span : EnglishModels.sentenceDetector().sentPosDetect(candidate.window())) {
            if (span.getStart() == candidate.at()) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the detector's decisions (for measuring cold evaluation). */
    static void clearCache() {
        DECISIONS.clear();
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\'';
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
