package org.casenotes.core.rules.language.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A replacement a word-list entry suggests. Words ending in {@code ~} take the form of the matched
 * word ({@code decline~} becomes "declined" for "refused"); {@code (remove)} suggests deleting the
 * matched words.
 */
final class Alternative {

    private static final String REMOVE = "(remove)";
    private static final Pattern INFLECTED_WORD = Pattern.compile("([\\p{L}']+)~");

    private final String written;
    /** {@link #render} by {@link WordForm#ordinal()}, filled on first use (a finding is made on every check). */
    private final String[] rendered = new String[WordForm.values().length];

    private Alternative(String written) {
        this.written = written;
    }

    /** @throws IllegalArgumentException if {@code written} is blank or misuses {@code ~} */
    static Alternative parse(String written) {
        String text = written.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty alternative");
        }
        if (INFLECTED_WORD.matcher(text).replaceAll("$1").indexOf('~') >= 0) {
            throw new IllegalArgumentException("~ must follow a word in alternative '" + text + "'");
        }
        return new Alternative(text);
    }

    /** @return whether this alternative suggests deleting the matched words */
    boolean removes() {
        return written.equals(REMOVE);
    }

    /** @return the replacement text for a match in {@code form} */
    String render(WordForm form) {
        if (removes()) {
            return "";
        }
        String result = rendered[form.ordinal()];
        if (result == null) {
            result = renderAfresh(form);
            rendered[form.ordinal()] = result;
        }
        return result;
    }

    private String renderAfresh(WordForm form) {
        Matcher matcher = INFLECTED_WORD.matcher(written);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(form.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
