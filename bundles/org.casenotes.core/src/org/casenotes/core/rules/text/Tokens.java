package org.casenotes.core.rules.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The words of a text, with their offsets and a normalized form used for matching.
 * <p>
 * A token is a maximal run of letters, digits and combining marks; an apostrophe ({@code '} or
 * {@code \u2019}) between letters stays inside the token ({@code didn't}, {@code client's}). Hyphens,
 * slashes, punctuation, symbols, emoji and control characters separate tokens, so
 * {@code non-compliant} and {@code non compliant} give the same tokens. The normalized form is
 * lower case ({@link Character#toLowerCase(int)}, locale independent), without diacritics (both
 * combining marks and precomposed letters: "na\u00efve" and "naive" match), with the typographic
 * apostrophe mapped to {@code '}.
 */
public final class Tokens {

    private static final Tokens NONE = new Tokens(new int[0], new int[0], new String[0], 0);

    private final int[] starts;
    private final int[] ends;
    private final String[] normalized;
    private final int count;

    private Tokens(int[] starts, int[] ends, String[] normalized, int count) {
        this.starts = starts;
        this.ends = ends;
        this.normalized = normalized;
        this.count = count;
    }

    /** @return the tokens of {@code text} */
    public static Tokens of(String text) {
        int length = text.length();
        if (length == 0) {
            return NONE;
        }
        int capacity = Math.max(8, length / 5);
        return scan(text, new int[capacity], new int[capacity], new String[capacity], 0, 0, null, length, 0);
    }

    /**
     * The tokens of {@code text}, an edit of the text of {@code before} that left its first {@code prefix} and
     * last {@code suffix} characters as they were: the tokens that end before the edit (and the character after
     * the characters after them, which decide where they end) are {@code before}'s; from there the text is read again until a token
     * starts in the unchanged end where one of {@code before} started, after which they are {@code before}'s,
     * moved. A token depends only on the text from its start on, so this gives what {@link #of} gives.
     */
    static Tokens edited(Tokens before, String text, int prefix, int suffix, int shift) {
        if (text.isEmpty()) {
            return NONE;
        }
        int kept = before.firstEndingAfter(prefix - 3); // a token's end is decided by up to two characters after it
        int capacity = Math.max(8, Math.max(before.count + 16, text.length() / 5));
        int[] starts = Arrays.copyOf(before.starts, capacity);
        int[] ends = Arrays.copyOf(before.ends, capacity);
        String[] normalized = Arrays.copyOf(before.normalized, capacity);
        int from = kept > 0 ? before.ends[kept - 1] : 0;
        return scan(text, starts, ends, normalized, kept, from, before, text.length() - suffix, shift);
    }

    private static Tokens scan(String text, int[] starts, int[] ends, String[] normalized, int count, int from,
            Tokens before, int unchangedFrom, int shift) {
        int length = text.length();
        int i = from;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80 ? !isAsciiLetterOrDigit(c) : !Character.isLetterOrDigit(text.codePointAt(i))) {
                i += c < 0x80 ? 1 : Character.charCount(text.codePointAt(i));
                continue;
            }
            if (before != null && i >= unchangedFrom) {
                int same = Arrays.binarySearch(before.starts, 0, before.count, i - shift);
                if (same >= 0) {
                    int rest = before.count - same;
                    if (count + rest > starts.length) {
                        starts = Arrays.copyOf(starts, count + rest);
                        ends = Arrays.copyOf(ends, count + rest);
                        normalized = Arrays.copyOf(normalized, count + rest);
                    }
                    for (int k = 0; k < rest; k++) {
                        starts[count + k] = before.starts[same + k] + shift;
                        ends[count + k] = before.ends[same + k] + shift;
                    }
                    System.arraycopy(before.normalized, same, normalized, count, rest);
                    count += rest;
                    break;
                }
            }
            // the common word, ASCII letters and digits ended by ASCII that is not an apostrophe, is read once:
            // its end and the hash of its lower case together; anything else is read by endOfToken and normalize
            int end = i;
            int hash = 0;
            boolean upper = false;
            while (end < length) {
                char d = text.charAt(end);
                if (d >= 'a' && d <= 'z' || d >= '0' && d <= '9') {
                    hash = 31 * hash + d;
                } else if (d >= 'A' && d <= 'Z') {
                    hash = 31 * hash + d + ('a' - 'A');
                    upper = true;
                } else {
                    break;
                }
                end++;
            }
            String word;
            if (end == length || text.charAt(end) < 0x80 && !isApostrophe(text.charAt(end))) {
                word = knownWord(text, i, end, hash, upper);
            } else {
                end = endOfToken(text, i);
                word = normalize(text, i, end);
            }
            if (count == starts.length) {
                int grown = Math.max(8, count * 2);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                normalized = Arrays.copyOf(normalized, grown);
            }
            starts[count] = i;
            ends[count] = end;
            normalized[count] = word;
            count++;
            i = end;
        }
        return new Tokens(starts, ends, normalized, count);
    }

    private static int endOfToken(String text, int start) {
        int length = text.length();
        int j = start;
        while (j < length) {
            char c = text.charAt(j);
            if (isAsciiLetterOrDigit(c)) {
                j++;
                continue;
            }
            int cp = text.codePointAt(j);
            int size = Character.charCount(cp);
            if (isWordPart(cp)) {
                j += size;
            } else if (isApostrophe(cp) && j + size < length && Character.isLetter(text.codePointAt(j + size))) {
                j += size;
            } else {
                break;
            }
        }
        return j;
    }

    /** The common case, without the Unicode tables: in ASCII, the letters and digits are these. */
    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean isWordPart(int cp) {
        return Character.isLetterOrDigit(cp) || isCombiningMark(cp);
    }

    private static boolean isCombiningMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    /**
     * Normalized words met before, by a hash of their normalized form: a note repeats most of its words, so
     * most tokens find their normalized form here instead of copying it out of the text again (and the string
     * found keeps its hash code for the lookups of the word lists). A slot holds the last word hashed to it;
     * slots are read and written without a lock, which is safe as strings are immutable (a lost write costs a
     * copy, nothing else).
     */
    private static final String[] WORDS = new String[1 << 13];

    private static String normalize(String text, int start, int end) {
        int hash = 0;
        boolean upper = false;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
                upper = true;
            } else if (c >= 0x80) {
                return folded(text, start, end);
            }
            hash = 31 * hash + c;
        }
        return knownWord(text, start, end, hash, upper);
    }

    /**
     * @return the normalized form of {@code [start, end)}, ASCII letters, digits and apostrophes only: the word in
     *         lower case, whose hash code is {@code hash}
     */
    private static String knownWord(String text, int start, int end, int hash, boolean upper) {
        int slot = (hash ^ hash >>> 16) & (WORDS.length - 1);
        String known = WORDS[slot];
        if (known != null && known.hashCode() == hash && sameInLowerCase(known, text, start, end)) {
            return known;
        }
        String word = upper ? asciiLowerCase(text, start, end) : text.substring(start, end);
        WORDS[slot] = word;
        return word;
    }

    private static boolean sameInLowerCase(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (word.charAt(k - start) != c) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLowerCase(String text, int start, int end) {
        byte[] lower = new byte[end - start];
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            lower[k - start] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(lower, StandardCharsets.ISO_8859_1);
    }

    /** Forgets the normalized words met before (for measuring cold evaluation). */
    static void clearCache() {
        Arrays.fill(WORDS, null);
    }

    /** The normalized form of a word with characters outside ASCII: folded case, no diacritics, {@code '}. */
    private static String folded(String text, int start, int end) {
        String folded = withoutMarks(text.substring(start, end).replace('\u2019', '\''));
        boolean ascii = true;
        for (int k = 0; k < folded.length() && ascii; k++) {
            ascii = folded.charAt(k) < 0x80;
        }
        return ascii ? folded : withoutMarks(Normalizer.normalize(folded, Normalizer.Form.NFD));
    }

    private static String withoutMarks(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int k = 0; k < word.length();) {
            int cp = word.codePointAt(k);
            k += Character.charCount(cp);
            if (!isCombiningMark(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    /** @return the number of tokens */
    public int count() {
        return count;
    }

    /** @return offset of the first character of token {@code index} */
    public int start(int index) {
        return starts[checked(index)];
    }

    /** @return offset after the last character of token {@code index} */
    public int end(int index) {
        return ends[checked(index)];
    }

    /** @return the normalized form of token {@code index} */
    public String normalized(int index) {
        return normalized[checked(index)];
    }

    /** @return index of the first token that ends after {@code offset}, or {@link #count()} if none */
    public int firstEndingAfter(int offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private int checked(int index) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }
}
