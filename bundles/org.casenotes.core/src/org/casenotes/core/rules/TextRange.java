package org.casenotes.core.rules;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in one field's text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
    }

    /** @return the number of characters covered */
    public int length() {
        return end - start;
    }

    /** @return the covered part of {@code text} */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
