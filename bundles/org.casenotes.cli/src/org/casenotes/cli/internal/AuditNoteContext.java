package org.casenotes.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;

/**
 * A stored note as the audit checks it. With its form definition, the text and settings are those the editor uses
 * ({@link NoteTextContext}: shown text fields, the template's severity overrides and approved terms); without it
 * (a template that is not installed) every text value is a field, in stored order, and form-driven completeness
 * rules find nothing. Either way rules reach the {@link Note}, its {@link FormDefinition} if known, and its
 * {@link Client} (plan, sessions, earlier notes) through {@link #lookup(Class)}.
 */
final class AuditNoteContext implements NoteContext {

    private final NoteContext text;
    private final Note note;
    private final FormDefinition form;
    private final Client client;

    AuditNoteContext(Note note, Optional<FormDefinition> form, Client client, RuleSettings agency) {
        this.note = note;
        this.form = form.orElse(null);
        this.client = client;
        this.text = form.<NoteContext>map(definition -> new NoteTextContext(note, definition, agency))
                .orElseGet(() -> textValues(note, agency));
    }

    private static NoteContext textValues(Note note, RuleSettings agency) {
        List<FieldText> fields = new ArrayList<>();
        for (FieldValue value : note.getValues()) {
            if (value instanceof TextValue entered && entered.getText() != null) {
                fields.add(FieldText.of(value.getFieldId(), entered.getText()));
            }
        }
        return PlainNoteContext.of(DocumentKind.RECORD_NOTE, fields.toArray(FieldText[]::new)).withSettings(agency);
    }

    @Override
    public DocumentKind kind() {
        return text.kind();
    }

    @Override
    public List<FieldText> fields() {
        return text.fields();
    }

    @Override
    public Optional<FieldText> field(String fieldId) {
        return text.field(fieldId);
    }

    @Override
    public RuleSettings settings() {
        return text.settings();
    }

    @Override
    public <T> Optional<T> lookup(Class<T> type) {
        for (Object model : new Object[] {note, form, client}) {
            if (type.isInstance(model)) {
                return Optional.of(type.cast(model));
            }
        }
        return Optional.empty();
    }
}
