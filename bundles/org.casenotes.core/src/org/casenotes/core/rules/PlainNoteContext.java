package org.casenotes.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A note context built from plain text fields, for tests, the CLI's lint of text files and the
 * benchmarks. {@link #withField(FieldText)} returns a new context, which is how a live edit is
 * modelled.
 */
public final class PlainNoteContext implements NoteContext {

    private final DocumentKind kind;
    private final Map<String, FieldText> fields;
    private final RuleSettings settings;

    private PlainNoteContext(DocumentKind kind, Map<String, FieldText> fields, RuleSettings settings) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fields = fields;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @return a context of {@code kind} with {@code fields} and default settings */
    public static PlainNoteContext of(DocumentKind kind, FieldText... fields) {
        PlainNoteContext context = new PlainNoteContext(kind, new LinkedHashMap<>(), RuleSettings.DEFAULTS);
        for (FieldText field : fields) {
            context.fields.put(field.fieldId(), field);
        }
        return context;
    }

    /** @return a record note with a single clinician-written field {@code narrative} */
    public static PlainNoteContext narrative(String text) {
        return of(DocumentKind.RECORD_NOTE, FieldText.of("narrative", text));
    }

    /** @return a copy with {@code field} added, or replacing the field with the same id */
    public PlainNoteContext withField(FieldText field) {
        Map<String, FieldText> newFields = new LinkedHashMap<>(fields);
        newFields.put(field.fieldId(), field);
        return new PlainNoteContext(kind, newFields, settings);
    }

    /** @return a copy with other settings */
    public PlainNoteContext withSettings(RuleSettings newSettings) {
        return new PlainNoteContext(kind, fields, newSettings);
    }

    @Override
    public DocumentKind kind() {
        return kind;
    }

    @Override
    public List<FieldText> fields() {
        return new ArrayList<>(fields.values());
    }

    @Override
    public Optional<FieldText> field(String fieldId) {
        return Optional.ofNullable(fields.get(fieldId));
    }

    @Override
    public RuleSettings settings() {
        return settings;
    }
}
