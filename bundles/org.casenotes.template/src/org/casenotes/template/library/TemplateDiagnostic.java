package org.casenotes.template.library;

/**
 * A problem found in a template file, positioned for an editor or a terminal.
 *
 * @param file     the file (path or URI) the problem is in
 * @param line     1-based line
 * @param column   1-based column
 * @param offset   0-based character offset in the file
 * @param length   length of the marked text (at least 0)
 * @param severity how serious it is
 * @param message  what is wrong, phrased for a template designer
 * @param code     stable issue code (may be null for syntax errors)
 */
public record TemplateDiagnostic(String file, int line, int column, int offset, int length, Severity severity,
        String message, String code) {

    /** How serious a diagnostic is. Errors stop a template from being compiled. */
    public enum Severity {
        ERROR, WARNING, INFO
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return the conventional {@code file:line:column: severity: message} form used by compilers. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
