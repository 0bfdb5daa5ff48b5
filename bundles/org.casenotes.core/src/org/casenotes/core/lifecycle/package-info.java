/**
 * The note lifecycle: the API through which notes are created and changed, instead of EMF setters.
 * <p>
 * {@link org.casenotes.core.lifecycle.NoteLifecycle} creates drafts from a form definition (optionally carrying
 * forward the previous note's values, each marked "carried — review"), hands out a typed
 * {@link org.casenotes.core.lifecycle.ValueEditor}, and moves notes through submission, return with comments,
 * signing (behind a {@link org.casenotes.core.lifecycle.SigningGate} the rule engine implements), co-signing and
 * addenda. Time comes from an injected {@link java.time.Clock}.
 * <p>
 * <b>How signed notes stay unchanged.</b> EMF setters are public and cannot be hidden, so immutability is enforced in
 * two layers: (1) {@link org.casenotes.core.lifecycle.SignedNoteGuard}, an adapter on every signed note, undoes any
 * change made through EMF (setters, reflective {@code eSet}, list edits) and throws
 * {@link org.casenotes.core.lifecycle.NoteLockedException}; (2) the signature keeps a SHA-256 of a canonical
 * serialisation ({@link org.casenotes.core.lifecycle.NoteContentHash}) and addenda are hash-chained, so
 * {@link org.casenotes.core.lifecycle.NoteIntegrity#verify} detects what bypasses the guard (delivery switched off,
 * adapter removed, bytes edited on disk). Code that loads signed notes attaches the guard with
 * {@link org.casenotes.core.lifecycle.SignedNoteGuard#protect} and verifies them.
 */
package org.casenotes.core.lifecycle;
