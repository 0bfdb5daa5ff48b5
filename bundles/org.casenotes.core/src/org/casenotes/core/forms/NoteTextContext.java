package org.casenotes.core.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.RuleConfiguration;
import org.casenotes.model.form.SeverityOverride;
import org.casenotes.model.form.TextType;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;

/**
 * A note as the rule engine sees it: the text of every shown text field, in form order, and the template's rule
 * settings layered over the agency's. A field inside a repeatable group is named {@code group[row].field}, the path
 * findings then point at. {@link #lookup(Class)} hands out the EMF {@link Note}, its {@link FormDefinition} and the
 * {@code Client} that contains the note, if it is contained (as the caseload store loads it). A snapshot: build a new
 * one after each edit.
 */
public final class NoteTextContext implements NoteContext {

    private final Note note;
    private final FormDefinition form;
    private final RuleSettings settings;
    private final Map<String, FieldText> fields = new LinkedHashMap<>();

    /** @param agency the agency's settings, which the template's configuration overrides */
    public NoteTextContext(Note note, FormDefinition form, RuleSettings agency) {
        this.note = note;
        this.form = form;
        this.settings = agency.overriddenBy(templateSettings(form.getRuleConfiguration()));
        collect(form, ValueScope.of(note), "");
    }

    private void collect(ElementContainer container, ValueScope scope, String prefix) {
        for (FormElement element : container.getElements()) {
            if (!FormState.isShown(element, scope)) {
                continue;
            }
            if (element instanceof Field field && field.getType() instanceof TextType) {
                String text = scope.holder().getValues().stream().filter(v -> field.getId().equals(v.getFieldId()))
                        .filter(TextValue.class::isInstance).map(v -> ((TextValue) v).getText()).findFirst().orElse("");
                String path = prefix + field.getId();
                fields.put(path, new FieldText(path, text, field.isClientWords()));
            } else if (element instanceof RepeatableGroup group) {
                List<GroupRow> rows = Completeness.rows(scope.holder(), group.getId());
                for (int i = 0; i < rows.size(); i++) {
                    collect(group, scope.row(rows.get(i)), prefix + group.getId() + "[" + i + "].");
                }
            } else if (element instanceof ElementContainer nested) {
                collect(nested, scope, prefix);
            }
        }
    }

    private static RuleSettings templateSettings(RuleConfiguration configuration) {
        RuleSettings settings = RuleSettings.DEFAULTS;
        if (configuration == null) {
            return settings;
        }
        for (SeverityOverride override : configuration.getSeverityOverrides()) {
            settings = switch (override.getSeverity()) {
                case OFF -> settings.withDisabled(override.getRuleId());
                case ERROR -> settings.withSeverity(override.getRuleId(), Severity.ERROR);
                case WARNING -> settings.withSeverity(override.getRuleId(), Severity.WARNING);
                case INFO -> settings.withSeverity(override.getRuleId(), Severity.INFO);
            };
        }
        for (String term : configuration.getApprovedTerms()) {
            settings = settings.withApprovedTerm(term);
        }
        return settings;
    }

    @Override
    public DocumentKind kind() {
        return form.getKind() == FormKind.PSYCHOTHERAPY ? DocumentKind.PSYCHOTHERAPY_NOTE
                : form.getKind() == FormKind.LETTER ? DocumentKind.LETTER : DocumentKind.RECORD_NOTE;
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

    @Override
    public <T> Optional<T> lookup(Class<T> type) {
        for (Object model : new Object[] { note, form, note.eContainer() }) {
            if (type.isInstance(model)) {
                return Optional.of(type.cast(model));
            }
        }
        return Optional.empty();
    }
}
