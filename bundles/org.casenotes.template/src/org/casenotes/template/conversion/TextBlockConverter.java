package org.casenotes.template.conversion;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Turns a {@code """...""" } block into its text: the delimiters go, the line break after the opening quotes goes,
 * and the indentation common to all non-blank lines is removed (as in Java text blocks), so letters can be indented
 * with the template without the indentation reaching the letter.
 */
public final class TextBlockConverter implements IValueConverter<String> {

    private static final String QUOTES = "\"\"\"";

    @Override
    public String toValue(String string, INode node) {
        if (string == null) {
            return null;
        }
        if (string.length() < 6 || !string.startsWith(QUOTES) || !string.endsWith(QUOTES)) {
            throw new ValueConverterException("A text block must start and end with three double quotes (\"\"\").",
                    node, null);
        }
        return dedent(string.substring(3, string.length() - 3));
    }

    @Override
    public String toString(String value) {
        return QUOTES + "\n" + value + QUOTES;
    }

    /** @return the text without its first line break and without the indentation shared by all non-blank lines. */
    public static String dedent(String raw) {
        String text = raw.replace("\r\n", "\n");
        if (text.startsWith("\n")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, leadingWhitespace(line));
            }
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.set(lines.size() - 1, "");
        }
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            result.append(line.isBlank() ? "" : line.substring(indent == Integer.MAX_VALUE ? 0 : indent).stripTrailing());
            if (i < lines.size() - 1) {
                result.append('\n');
            }
        }
        return result.toString();
    }

    private static int leadingWhitespace(String line) {
        int count = 0;
        while (count < line.length() && (line.charAt(count) == ' ' || line.charAt(count) == '\t')) {
            count++;
        }
        return count;
    }
}
