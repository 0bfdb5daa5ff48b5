package org.example.casenotes.oregon.tests;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Note;

/** A progress note as the rules see it in the editor or in {@code casenotes check}: the record note and its form. */
record ServiceNoteContext(Note note) implements NoteContext {

    @Override
    public DocumentKind kind() {
        return DocumentKind.RECORD_NOTE;
    }

    @Override
    public List<FieldText> fields() {
        return List.of();
    }

    @Override
    public RuleSettings settings() {
        return RuleSettings.DEFAULTS;
    }

    @Override
    public <T> Optional<T> lookup(Class<T> type) {
        if (type == Note.class) {
            return Optional.of(type.cast(note));
        }
        if (type == FormDefinition.class) {
            FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
            form.setKind(FormKind.PROGRESS);
            return Optional.of(type.cast(form));
        }
        return Optional.empty();
    }
}
