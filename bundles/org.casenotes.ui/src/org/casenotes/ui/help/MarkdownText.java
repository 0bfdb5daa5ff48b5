package org.casenotes.ui.help;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of Casenotes' own documents laid out as styled plain text, for a read-only text widget: headings,
 * paragraphs, lists, fenced code, tables (one line per row), inline code, bold, italics and links. It knows only what
 * those documents use; anything else is shown as written. Kept free of widgets so that what is shown can be tested
 * as text.
 */
final class MarkdownText {

    /** How a run of the text is drawn. */
    enum Look {
        TITLE, HEADING, SUBHEADING, BOLD, ITALIC, CODE, CODE_BLOCK, LINK
    }

    /** A run of {@code length} characters from {@code start} drawn as {@code look}; a link's {@code target}. */
    record Run(int start, int length, Look look, String target) {
    }

    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|\\*\\*(.+?)\\*\\*|(?<![\\w*])\\*([^*\\s][^*]*?)\\*(?![\\w*])|\\[([^\\]]+)\\]\\(([^)]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*)");
    private static final Pattern BULLET = Pattern.compile("(\\s*)[-*]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\s*)(\\d+)\\.\\s+(.*)");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    private final StringBuilder text = new StringBuilder();
    private final List<Run> runs = new ArrayList<>();
    private final Map<String, Integer> anchors = new LinkedHashMap<>();

    private MarkdownText() {
    }

    /** @return {@code markdown} laid out */
    static MarkdownText of(String markdown) {
        MarkdownText laidOut = new MarkdownText();
        laidOut.read(markdown.replace("\r\n", "\n").split("\n", -1));
        return laidOut;
    }

    /** @return the text to show */
    String text() {
        return text.toString();
    }

    /** @return how runs of the text are drawn, in order */
    List<Run> runs() {
        return List.copyOf(runs);
    }

    /** @return where each heading starts in the text, by its GitHub anchor (e.g. "common-errors-and-what-they-mean") */
    Map<String, Integer> anchors() {
        return Map.copyOf(anchors);
    }

    private void read(String[] lines) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(paragraph);
                i = codeBlock(lines, i + 1);
                continue;
            }
            Matcher heading = HEADING.matcher(trimmed);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            if (trimmed.isEmpty()) {
                flush(paragraph);
                blankLine();
            } else if (heading.matches()) {
                flush(paragraph);
                heading(heading.group(1).length(), heading.group(2));
            } else if (trimmed.startsWith("|")) {
                flush(paragraph);
                i = table(lines, i);
            } else if (bullet.matches()) {
                flush(paragraph);
                paragraph.append(indent(bullet.group(1))).append("\u2022 ").append(bullet.group(2));
            } else if (numbered.matches()) {
                flush(paragraph);
                paragraph.append(indent(numbered.group(1))).append(numbered.group(2)).append(". ")
                        .append(numbered.group(3));
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(trimmed);
            }
        }
        flush(paragraph);
    }

    private static String indent(String leading) {
        return "    ".repeat(leading.length() / 2);
    }

    private void flush(StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            inline(paragraph.toString());
            text.append('\n');
            paragraph.setLength(0);
        }
    }

    private void blankLine() {
        if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
            text.append('\n');
        }
    }

    private void heading(int level, String title) {
        blankLine();
        int start = text.length();
        anchors.putIfAbsent(anchor(title), start);
        inline(title);
        runs.add(new Run(start, text.length() - start,
                level == 1 ? Look.TITLE : level == 2 ? Look.HEADING : Look.SUBHEADING, null));
        text.append('\n');
    }

    /** @return the anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens */
    static String anchor(String heading) {
        String plain = heading.replaceAll("[`*]", "").strip().toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private int codeBlock(String[] lines, int from) {
        int i = from;
        int start = text.length();
        for (; i < lines.length && !lines[i].strip().startsWith("```"); i++) {
            text.append("    ").append(lines[i].replace("\t", "    ")).append('\n');
        }
        runs.add(new Run(start, text.length() - start, Look.CODE_BLOCK, null));
        return i;
    }

    /** Lays out a table as its header line, then one line per row: the first cell in bold, the others after it. */
    private int table(String[] lines, int from) {
        int i = from;
        for (; i < lines.length && lines[i].strip().startsWith("|"); i++) {
            String row = lines[i].strip();
            if (TABLE_RULE.matcher(row).matches()) {
                continue;
            }
            List<String> cells = cells(row);
            boolean header = i == from;
            int start = text.length();
            inline(header ? String.join(" \u00b7 ", cells) : "\u2022 " + cells.get(0));
            runs.add(new Run(start, text.length() - start, header ? Look.ITALIC : Look.BOLD, null));
            if (!header && cells.size() > 1) {
                inline(" \u2014 " + String.join(" \u00b7 ", cells.subList(1, cells.size()).stream()
                        .filter(cell -> !cell.isEmpty()).toList()));
            }
            text.append('\n');
        }
        blankLine();
        return i - 1;
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length())
                .replace("\\|", "\u0000"); // an escaped bar is part of its cell
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inCode = false;
        for (char c : inner.toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '|' && !inCode) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells.stream().map(text -> text.replace('\u0000', '|')).toList();
    }

    /** Appends {@code source} without its inline markup, recording how its marked runs are drawn. */
    private void inline(String source) {
        Matcher match = INLINE.matcher(source);
        int at = 0;
        while (match.find()) {
            text.append(source, at, match.start());
            int start = text.length();
            if (match.group(1) != null) {
                text.append(match.group(1));
                runs.add(new Run(start, match.group(1).length(), Look.CODE, null));
            } else if (match.group(2) != null) {
                inline(match.group(2));
                runs.add(new Run(start, text.length() - start, Look.BOLD, null));
            } else if (match.group(3) != null) {
                inline(match.group(3));
                runs.add(new Run(start, text.length() - start, Look.ITALIC, null));
            } else {
                inline(match.group(4));
                runs.add(new Run(start, text.length() - start, Look.LINK, match.group(5)));
            }
            at = match.end();
        }
        text.append(source.substring(at));
    }
}
