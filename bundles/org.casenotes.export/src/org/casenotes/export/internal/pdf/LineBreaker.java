package org.casenotes.export.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces where possible, inside a word only when the word alone is
 * wider than the line (a long URL or a content hash). Line breaks in the text are kept; blank lines stay blank.
 */
final class LineBreaker {

    private LineBreaker() {
    }

    static List<String> lines(String text, TextStyle style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r\n|\r|\n", -1)) {
            breakParagraph(paragraph.stripTrailing(), style, width, lines);
        }
        return lines;
    }

    private static void breakParagraph(String paragraph, TextStyle style, float width, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        // each word is measured once and widths are added: a line is measured in O(words), not O(words^2)
        float space = style.width(" ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" ")) {
            float wordWidth = style.width(word);
            float candidate = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
            if (candidate <= width) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(word);
                lineWidth = candidate;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (wordWidth > width && rest.length() > 1) {
                int fits = fitting(rest, style, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
                wordWidth = style.width(rest);
            }
            line.append(rest);
            lineWidth = wordWidth;
        }
        lines.add(line.toString());
    }

    private static int fitting(String word, TextStyle style, float width) {
        int fits = 1;
        while (fits < word.length() && style.width(word.substring(0, fits + 1)) <= width) {
            fits++;
        }
        return fits;
    }
}
