package org.casenotes.core.letters;

/**
 * Joins the lines a template author wrapped inside a paragraph, so a merged letter flows to the width of the page or
 * the editor instead of keeping the template file's line breaks. A line keeps its break when it is blank, shorter
 * than {@value #WRAPPED} characters (an address line, a greeting, a signature line), or followed by a blank line or a
 * list item ({@code - }).
 */
final class BodyParagraphs {

    /** Lines at least this long were wrapped by the template's author (the library wraps at about 110). */
    static final int WRAPPED = 72;

    private BodyParagraphs() {
    }

    static String unwrap(String body) {
        String[] lines = body.split("\r\n|\r|\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            text.append(line);
            if (i == lines.length - 1) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean joins = line.length() >= WRAPPED && !next.isEmpty() && !next.startsWith("- ");
            text.append(joins ? " " : "\n");
        }
        return text.toString().strip();
    }
}
