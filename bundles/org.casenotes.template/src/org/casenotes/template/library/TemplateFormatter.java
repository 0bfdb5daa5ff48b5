package org.casenotes.template.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.casenotes.template.parser.antlr.internal.InternalNoteTemplateLexer;

/**
 * Lays out a template's text the way the standard library is written, without changing what it means: one tab per
 * open brace, bracket or parenthesis; one more tab for a line that continues the statement above it (a {@code hint}
 * or {@code shown when} under its field); no trailing spaces; at most one empty line in a row; one line break at the
 * end. Only whitespace at the start and end of lines changes. Lines that begin inside a text block, a multi-line
 * string or a block comment are left exactly as they are. Formatting formatted text changes nothing.
 * <p>
 * A line continues the statement above it when it does not begin with a declaration keyword ({@code field},
 * {@code section} ...) or a closing bracket, is indented further than the statement's first line, within the same
 * brackets, and the line above neither opens nor closes one: that is how designers write it, so it is kept.
 */
public final class TemplateFormatter {

    private static final int TAB_WIDTH = 4;

    /** Keywords that begin a declaration or setting of their own, never the continuation of one. */
    private static final Set<String> STATEMENTS = Set.of("package", "import", "abstract", "template", "section",
            "field", "group", "include", "signature", "instrument", "calc", "override", "remove", "add", "insert",
            "options", "item", "description", "guidance", "rules", "packs", "sign", "approved", "severity", "body",
            "source", "instructions", "scale", "credentials", "attestation", "cosignature");

    private TemplateFormatter() {
    }

    /** @return the template text laid out; the same text if it is laid out already */
    public static String format(String text) {
        List<CommonToken> tokens = tokens(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        LineLayout layout = new LineLayout();
        int lineStart = 0;
        int depth = 0;
        boolean previousBlank = true;
        for (String line : text.split("\r?\n", -1)) {
            Line read = Line.read(tokens, lineStart, lineStart + line.length());
            // spaces at the end of a line that opens a text block belong to the text block
            String code = read.endsInsideToken() ? line.stripLeading() : line.strip();
            if (read.startsInsideToken()) {
                out.append(line).append('\n');
                layout.statementEnded();
                previousBlank = false;
            } else if (code.isEmpty()) {
                if (!previousBlank) {
                    out.append('\n');
                }
                previousBlank = true;
            } else {
                int indent = Math.max(0, depth - read.leadingClosers());
                boolean comment = code.startsWith("//") || code.startsWith("/*");
                boolean startsStatement = read.leadingClosers() > 0 || STATEMENTS.contains(read.firstWord());
                indent += layout.continues(indent, columns(line), startsStatement, comment) ? 1 : 0;
                out.append("\t".repeat(indent)).append(code).append('\n');
                layout.lineEnded(read.endsWithOpener() || read.leadingClosers() > 0);
                previousBlank = false;
            }
            depth = Math.max(0, depth + read.opened());
            lineStart += line.length() + lineBreakLength(text, lineStart + line.length());
        }
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        String formatted = out.toString();
        return formatted.isBlank() ? "" : formatted;
    }

    /**
     * The brackets of one line, read from the tokens.
     *
     * @param startsInsideToken whether the line begins inside a text block, string or block comment
     * @param leadingClosers    closing brackets before anything else on the line
     * @param opened            brackets opened minus brackets closed on the line
     * @param endsWithOpener    whether the line's last token (comments aside) opens a bracket
     * @param firstWord         the line's first token (comments aside), or empty
     * @param endsInsideToken   whether a text block, string or block comment goes on past the line's end
     */
    private record Line(boolean startsInsideToken, int leadingClosers, int opened, boolean endsWithOpener,
            String firstWord, boolean endsInsideToken) {

        static Line read(List<CommonToken> tokens, int lineStart, int lineEnd) {
            boolean inside = false;
            int leadingClosers = 0;
            int opened = 0;
            boolean leading = true;
            boolean endsWithOpener = false;
            String firstWord = "";
            boolean endsInside = false;
            for (CommonToken token : tokens) {
                if (token.getStopIndex() < lineStart) {
                    continue;
                }
                if (token.getStartIndex() >= lineEnd) {
                    break;
                }
                if (token.getStartIndex() < lineStart) {
                    inside = inside || token.getType() != InternalNoteTemplateLexer.RULE_WS;
                    continue;
                }
                if (isLayout(token)) {
                    continue;
                }
                endsInside = token.getStopIndex() >= lineEnd;
                String bracket = token.getType() == InternalNoteTemplateLexer.RULE_STRING ? "" : token.getText();
                firstWord = firstWord.isEmpty() ? token.getText() : firstWord;
                if (isOpener(bracket)) {
                    opened++;
                } else if (isCloser(bracket)) {
                    opened--;
                    leadingClosers += leading ? 1 : 0;
                }
                leading = leading && isCloser(bracket);
                endsWithOpener = isOpener(bracket);
            }
            return new Line(inside, leadingClosers, opened, endsWithOpener, firstWord, endsInside);
        }
    }

    /** Remembers where the current statement started, to tell continuation lines from new statements. */
    private static final class LineLayout {
        private int statementDepth = -1;
        private int statementColumns;
        private boolean atBoundary = true;

        /** @return whether a line continues the statement above; otherwise it starts a new one */
        boolean continues(int depth, int columns, boolean startsStatement, boolean comment) {
            boolean continuation = !atBoundary && !startsStatement && depth == statementDepth
                    && columns > statementColumns;
            if (!continuation && !comment) {
                statementDepth = depth;
                statementColumns = columns;
            }
            return continuation;
        }

        /** @param boundary whether the line opened or closed a bracket, so that the next one starts a statement */
        void lineEnded(boolean boundary) {
            atBoundary = boundary;
        }

        void statementEnded() {
            atBoundary = true;
        }
    }

    private static boolean isLayout(Token token) {
        return token.getType() == InternalNoteTemplateLexer.RULE_WS
                || token.getType() == InternalNoteTemplateLexer.RULE_SL_COMMENT
                || token.getType() == InternalNoteTemplateLexer.RULE_ML_COMMENT;
    }

    private static boolean isOpener(String text) {
        return text.equals("{") || text.equals("(") || text.equals("[");
    }

    private static boolean isCloser(String text) {
        return text.equals("}") || text.equals(")") || text.equals("]");
    }

    private static int columns(String line) {
        int columns = 0;
        for (int i = 0; i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t'); i++) {
            columns = line.charAt(i) == '\t' ? (columns / TAB_WIDTH + 1) * TAB_WIDTH : columns + 1;
        }
        return columns;
    }

    private static int lineBreakLength(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return 0;
        }
        return text.charAt(lineEnd) == '\r' ? 2 : 1;
    }

    private static List<CommonToken> tokens(String text) {
        InternalNoteTemplateLexer lexer = new InternalNoteTemplateLexer(new ANTLRStringStream(text));
        List<CommonToken> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token instanceof CommonToken common && common.getStartIndex() <= common.getStopIndex()) {
                tokens.add(common);
            }
        }
        return tokens;
    }
}
