package org.casenotes.core.rules.emf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.query.ElementIndex;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;

/**
 * A read-only view of an EMF {@link Note} and its {@link FormDefinition} for the rule engine: the
 * text values become {@link FieldText}s in form order, flagged as the client's words where the form
 * says so; rules that need the models get them through {@link #lookup(Class)}: the {@link Note}, its
 * {@link FormDefinition} and, for the payer and integrity rules (treatment plan, session, earlier notes), the
 * note's {@link Client} &mdash; the one given to the constructor, else the client that contains the note (as loaded
 * by the caseload store); without either, those rules skip what needs the client.
 */
public final class RecordNoteContext implements NoteContext {

    private final Note note;
    private final FormDefinition form;
    private final RuleSettings settings;
    private final List<FieldText> fields;
    private final Client client;

    /** Takes a snapshot of the note's text values; make a new context after an edit. */
    public RecordNoteContext(Note note, FormDefinition form, RuleSettings settings) {
        this(note, form, settings, null);
    }

    /**
     * As {@link #RecordNoteContext(Note, FormDefinition, RuleSettings)}, with the client whose plan, sessions and
     * earlier notes the payer and integrity rules read.
     *
     * @param client the note's client, or {@code null} to use the client containing the note, if any
     */
    public RecordNoteContext(Note note, FormDefinition form, RuleSettings settings, Client client) {
        this.note = Objects.requireNonNull(note, "note");
        this.form = Objects.requireNonNull(form, "form");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fields = textFields(note, form);
        this.client = client != null ? client : note.eContainer() instanceof Client container ? container : null;
    }

    private static List<FieldText> textFields(Note note, FormDefinition form) {
        Map<String, String> texts = new HashMap<>();
        for (FieldValue value : note.getValues()) {
            if (value instanceof TextValue text && text.getText() != null) {
                texts.put(value.getFieldId(), text.getText());
            }
        }
        List<FieldText> result = new ArrayList<>();
        for (Field field : ElementIndex.of(form).fields()) {
            String text = texts.get(field.getId());
            if (text != null) {
                result.add(new FieldText(field.getId(), text, field.isClientWords()));
            }
        }
        return List.copyOf(result);
    }

    @Override
    public DocumentKind kind() {
        FormKind kind = form.getKind();
        if (kind == FormKind.LETTER) {
            return DocumentKind.LETTER;
        }
        return kind == FormKind.PSYCHOTHERAPY ? DocumentKind.PSYCHOTHERAPY_NOTE : DocumentKind.RECORD_NOTE;
    }

    @Override
    public List<FieldText> fields() {
        return fields;
    }

    @Override
    public RuleSettings settings() {
        return settings;
    }

    @Override
    public <T> Optional<T> lookup(Class<T> type) {
        if (type.isInstance(note)) {
            return Optional.of(type.cast(note));
        }
        if (type.isInstance(form)) {
            return Optional.of(type.cast(form));
        }
        return type.isInstance(client) ? Optional.of(type.cast(client)) : Optional.empty();
    }
}
