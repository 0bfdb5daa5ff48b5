package org.casenotes.core.forms;

/**
 * Something the form requires that the note does not have yet.
 *
 * @param path    where: a field id, {@code group[row].field} inside a repeatable group, or a group or block id
 * @param label   what to show the writer, e.g. "Why the setback or plateau"
 * @param message what is missing, e.g. "needs at least 1 row"
 */
public record MissingValue(String path, String label, String message) {
}
