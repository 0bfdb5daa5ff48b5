package org.casenotes.core.rules.text;

import java.util.Arrays;

/**
 * The passages of a text that stand inside quotation marks: the client's own words, which language
 * rules leave alone.
 * <p>
 * Recognised pairs: straight double quotes {@code "..."}, curly double quotes
 * {@code \u201c...\u201d}, low-high {@code \u201e...\u201c} or {@code \u201e...\u201d}, guillemets
 * {@code \u00ab...\u00bb} and curly single quotes {@code \u2018...\u2019}. Straight single quotes are
 * not recognised because they cannot be told apart from apostrophes. A quotation mark that is not
 * closed before the end of its line is ignored, so a stray quote never hides the rest of a note.
 */
public final class QuotedPassages {

    private final int[] bounds;
    private final int count;

    private QuotedPassages(int[] bounds, int count) {
        this.bounds = bounds;
        this.count = count;
    }

    /** @return the quoted passages of {@code text} */
    public static QuotedPassages of(String text) {
        int[] bounds = new int[8];
        int count = 0;
        NextChars openers = new NextChars(text, '"', '\u201c', '\u201e', '\u00ab', '\u2018');
        NextChars lineBreaks = new NextChars(text, '\n', '\r');
        int length = text.length();
        // read from one opening mark to its closing mark or the end of its line, as scan does character by character
        for (int open = openers.first(0); open < length; ) {
            char closer = closerFor(text.charAt(open));
            int lineEnd = lineBreaks.first(open + 1);
            int close = text.indexOf(closer, open + 1, lineEnd);
            if (closer == '\u201c') {
                int curly = text.indexOf('\u201d', open + 1, close < 0 ? lineEnd : close);
                close = curly >= 0 ? curly : close;
            }
            if (close >= 0) {
                if (count * 2 == bounds.length) {
                    bounds = Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count * 2] = open;
                bounds[count * 2 + 1] = close + 1;
                count++;
                open = openers.first(close + 1);
            } else if (lineEnd < length) {
                open = openers.first(lineEnd + 1);
            } else {
                break;
            }
        }
        return new QuotedPassages(bounds, count);
    }

    /**
     * The quoted passages of {@code text}, an edit of the text of {@code before} that left its first
     * {@code prefix} and last {@code suffix} characters as they were. No passage spans a line break, so the
     * passages of the lines before the edited one are {@code before}'s, and after the first line break in the
     * unchanged end they are {@code before}'s again, moved: this gives what {@link #of} gives.
     */
    static QuotedPassages edited(QuotedPassages before, String text, int prefix, int suffix, int shift) {
        int lineStart = prefix;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int kept = 0;
        while (kept < before.count && before.bounds[kept * 2] < lineStart) {
            kept++;
        }
        int[] bounds = Arrays.copyOf(before.bounds, Math.max(8, kept * 4));
        return scan(text, bounds, kept, lineStart, before, text.length() - suffix, shift);
    }

    private static QuotedPassages scan(String text, int[] bounds, int count, int from, QuotedPassages before,
            int unchangedFrom, int shift) {
        int open = -1;
        char closer = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (before != null && i > unchangedFrom && open < 0
                    && (text.charAt(i - 1) == '\n' || text.charAt(i - 1) == '\r')) {
                int k = 0;
                while (k < before.count && before.bounds[k * 2] < i - shift) {
                    k++;
                }
                int rest = before.count - k;
                if ((count + rest) * 2 > bounds.length) {
                    bounds = Arrays.copyOf(bounds, (count + rest) * 2);
                }
                for (int j = 0; j < rest * 2; j++) {
                    bounds[count * 2 + j] = before.bounds[k * 2 + j] + shift;
                }
                count += rest;
                break;
            }
            if (open >= 0) {
                if (c == '\n' || c == '\r') {
                    open = -1;
                } else if (c == closer || closer == '\u201c' && c == '\u201d') {
                    if (count * 2 == bounds.length) {
                        bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    }
                    bounds[count * 2] = open;
                    bounds[count * 2 + 1] = i + 1;
                    count++;
                    open = -1;
                }
            } else {
                closer = closerFor(c);
                if (closer != 0) {
                    open = i;
                }
            }
        }
        return new QuotedPassages(bounds, count);
    }

    private static char closerFor(char opener) {
        return switch (opener) {
            case '"' -> '"';
            case '\u201c' -> '\u201d';
            case '\u201e' -> '\u201c';
            case '\u00ab' -> '\u00bb';
            case '\u2018' -> '\u2019';
            default -> 0;
        };
    }

    /** @return whether the character at {@code offset} lies inside a quoted passage (marks included) */
    public boolean contains(int offset) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (offset < bounds[mid * 2]) {
                high = mid - 1;
            } else if (offset >= bounds[mid * 2 + 1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** @return whether any quoted passage overlaps {@code [start, end)} */
    public boolean overlaps(int start, int end) {
        for (int k = 0; k < count; k++) {
            if (bounds[k * 2] < end && bounds[k * 2 + 1] > start) {
                return true;
            }
        }
        return false;
    }

    /** @return quoted passage {@code index} (in text order), quotation marks included */
    public org.casenotes.core.rules.TextRange passage(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return new org.casenotes.core.rules.TextRange(bounds[index * 2], bounds[index * 2 + 1]);
    }

    /** @return the number of quoted passages */
    public int count() {
        return count;
    }
}
