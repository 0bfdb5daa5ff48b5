package org.casenotes.core.rules.language;

/**
 * Why a word list (or one of its lines) could not be loaded. The list is skipped; the others load.
 *
 * @param file the list's name, e.g. {@code org.casenotes.core/wordlists/judgmental.words}
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in terms of the file format
 */
public record WordListProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
