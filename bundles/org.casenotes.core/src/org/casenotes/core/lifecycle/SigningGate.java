package org.casenotes.core.lifecycle;

import java.util.List;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;

/**
 * Hook that may refuse a signature: the rule engine implements it and returns its open errors, so that a note
 * cannot be signed while it has any. Called by {@link NoteLifecycle#sign} before anything is changed; it must not
 * change the note.
 *
 * <pre>
 * SigningGate gate = (note, form) -&gt; engine.evaluate(note, form).errors().stream().map(Finding::message).toList();
 * </pre>
 */
@FunctionalInterface
public interface SigningGate {

    /** A gate that never refuses, for agencies and tests without a rule engine. */
    SigningGate NONE = (note, form) -> List.of();

    /**
     * @return one sentence per problem that blocks signing; empty to allow signing
     */
    List<String> refusals(Note note, FormDefinition form);
}
