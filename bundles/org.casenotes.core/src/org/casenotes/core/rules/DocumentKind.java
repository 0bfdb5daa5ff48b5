package org.casenotes.core.rules;

/**
 * The broad kind of document being checked; some rules apply only to some kinds (plain-language
 * wording only to letters, the psychotherapy-note suggestion never to psychotherapy notes).
 */
public enum DocumentKind {
    /** Part of the clinical record: progress, intake, plan, review, discharge and contact notes. */
    RECORD_NOTE,
    /** A letter to a client, a peer or an insurer, written in plain language. */
    LETTER,
    /** The clinician's private process notes, kept apart from the record (HIPAA). */
    PSYCHOTHERAPY_NOTE
}
