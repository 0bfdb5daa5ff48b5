package org.casenotes.core.rules;

/**
 * How strongly a finding asks for attention. Ordered from least to most severe, so that
 * {@code compareTo} can be used to decide whether a note may be signed.
 */
public enum Severity {
    /** A hint the writer may ignore, e.g. a plainer word for a letter. */
    INFO,
    /** Something a reader or reviewer would likely object to. */
    WARNING,
    /** Something that must be fixed before the note is signed. */
    ERROR
}
