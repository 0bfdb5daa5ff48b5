package org.casenotes.core.rules.text;

import java.util.Arrays;

/**
 * Where a few characters occur next in a text, read left to right: each is looked for with
 * {@link String#indexOf(int, int)} (which the JVM runs over many characters at a time) and its position kept until
 * the reading passes it, so a scan that only stops at these characters does not look at every character itself.
 * The positions asked for must not decrease.
 */
final class NextChars {

    private final String text;
    private final char[] chars;
    private final int[] next;

    NextChars(String text, char... chars) {
        this.text = text;
        this.chars = chars;
        this.next = new int[chars.length];
        Arrays.fill(next, -1);
    }

    /** @return the first position at or after {@code from} of any of the characters, or the text's length if none */
    int first(int from) {
        int first = text.length();
        for (int k = 0; k < chars.length; k++) {
            int at = next[k];
            if (at < from) {
                at = text.indexOf(chars[k], from);
                next[k] = at = at < 0 ? text.length() : at;
            }
            first = Math.min(first, at);
        }
        return first;
    }
}
