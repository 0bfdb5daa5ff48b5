package org.casenotes.core.rules;

import java.util.List;
import java.util.Optional;

/**
 * What a rule may look at when it evaluates a note: the kind of document, its fields' text, the
 * agency's and template's settings and, through {@link #lookup(Class)}, richer models (the EMF
 * {@code Note}, its {@code FormDefinition}, the client's plan and earlier notes) for rules that need
 * them. Text-level rules use only {@link #fields()} and so run without the record model.
 * Implementations are read-only views: rules never change a note.
 */
public interface NoteContext {

    /** @return the kind of document */
    DocumentKind kind();

    /** @return the note's text fields, in form order */
    List<FieldText> fields();

    /** @return the field with id {@code fieldId}, if the note has it */
    default Optional<FieldText> field(String fieldId) {
        return fields().stream().filter(f -> f.fieldId().equals(fieldId)).findFirst();
    }

    /** @return severity overrides, disabled rules and approved terms in force for this note */
    RuleSettings settings();

    /**
     * Gives rules access to models beyond the text, in the manner of Eclipse's {@code IAdaptable}.
     *
     * @return the object of type {@code type} this context carries, e.g. the EMF {@code Note}
     */
    default <T> Optional<T> lookup(Class<T> type) {
        return Optional.empty();
    }
}
