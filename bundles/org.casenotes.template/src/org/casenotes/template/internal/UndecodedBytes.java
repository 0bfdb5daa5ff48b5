package org.casenotes.template.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateDiagnostic.Severity;

/**
 * Finds where a template's text holds U+FFFD, the character that stands for bytes that were not UTF-8 when the file
 * was read (a file saved as Latin-1, say), and makes each such line an error: the template would otherwise show a
 * clinician a title or label with {@code \uFFFD} in it.
 */
final class UndecodedBytes {

    private static final char REPLACEMENT = '\uFFFD';

    /** Lines reported one by one; a binary file would otherwise give thousands of errors. */
    private static final int LINES_REPORTED = 10;

    private UndecodedBytes() {
    }

    /** @return one error for each of the first lines with undecoded bytes, at the first of them on the line */
    static List<TemplateDiagnostic> in(String file, String text) {
        List<TemplateDiagnostic> found = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int lastLineReported = 0;
        for (int offset = 0; offset < text.length() && found.size() < LINES_REPORTED; offset++) {
            char c = text.charAt(offset);
            if (c == '\n') {
                line++;
                lineStart = offset + 1;
            } else if (c == REPLACEMENT && line != lastLineReported) {
                lastLineReported = line;
                found.add(new TemplateDiagnostic(file, line, offset - lineStart + 1, offset, 1, Severity.ERROR,
                        "This line holds bytes that are not UTF-8 text (read as U+FFFD). Save the file as UTF-8, "
                                + "the encoding templates are read in, or type the character again.",
                        TemplateWorkspace.NOT_UTF8));
            }
        }
        return found;
    }
}
