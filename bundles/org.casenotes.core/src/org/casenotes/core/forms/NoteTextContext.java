package org.casenotes.core.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.casenotes.model.record.Client;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.TextValue;

/**
 * A note as the rule engine sees it &mdash; in the note editor, the signing gate, the findings views and the audit:
 * the text of every shown text field that has any, in form order, flagged as the client's words where the form says
 * so, and the template's rule settings (severity overrides, approved terms) layered over the agency's. A field hidden
 * by its condition and a field with no text (nothing but white space) are left out: there is nothing in them to
 * lint, and the completeness rules find a missing answer from the note itself. A field inside a repeatable group is
 * named {@code group[row].field}, the path findings then point at. {@link #lookup(Class)} hands out the EMF
 * {@link Note}, its {@link FormDefinition} and, for the payer and integrity rules (treatment plan, sessions, earlier
 * notes), the note's {@link Client}: the one given to the constructor, else the client that contains the note (as the
 * caseload store loads it); without either, those rules skip what needs the client. A snapshot: build a new one
 * after each edit.
 */
public final class NoteTextContext implements NoteContext {

    private final Note note;
    private final FormDefinition form;
    private final RuleSettings settings;
    private final Client client;
    private final Map<String, FieldText> fields = new LinkedHashMap<>();

    /**
     * The context of a note whose client is the one that contains it, if any.
     *
     * @param agency the agency's settings, which the template's configuration overrides
     */
    public NoteTextContext(Note note, FormDefinition form, RuleSettings agency) {
        this(note, form, agency, null);
    }

    /**
     * @param agency the agency's settings, which the template's configuration overrides
     * @param client the note's client, whose plan, sessions and earlier notes the payer and integrity rules read, or
     *            {@code null} to use the client that contains the note, if any
     */
    public NoteTextContext(Note note, FormDefinition form, RuleSettings agency, Client client) {
        this.note = Objects.requireNonNull(note, "note");
        this.form = Objects.requireNonNull(form, "form");
        this.settings = agency.overriddenBy(templateSettings(form.getRuleConfiguration()));
        this.client = client != null ? client : note.eContainer() instanceof Client container ? container : null;
        collect(form, ValueScope.of(note), "");
    }

    private void collect(ElementContainer container, ValueScope scope, String prefix) {
        for (FormElement element : container.getElements()) {
            if (!FormState.isShown(element, scope)) {
                continue;
            }
            if (element instanceof Field field && field.getType() instanceof TextType) {
                String text = scope.holder().getValues().stream().filter(v -> field.getId().equals(v.getFieldId()))
                        .filter(TextValue.class::isInstance).map(v -> ((TextValue) v).getText())
                        .filter(Objects::nonNull).findFirst().orElse("");
                if (!text.isBlank()) {
                    String path = prefix + field.getId();
                    fields.put(path, new FieldText(path, text, field.isClientWords()));
                }
            } else if (element instanceof RepeatableGroup group) {
                List<GroupRow> rows = Completeness.rows(scope.holder(), group.getId());
                for (int i = 0; i < rows.size(); i++) {
                    collect(group, scope.row(rows.get(i)), FieldPath.inRow(prefix, group.getId(), i));
                }
            } else if (element instanceof ElementContainer nested) {
                collect(nested, scope, prefix);
            }
        }
    }

    /**
     * @param configuration a template's rule configuration, or null
     * @return its severity overrides and approved terms as rule settings, to layer over the agency's
     */
    public static RuleSettings templateSettings(RuleConfiguration configuration) {
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
        return List.copyOf(fields.values());
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
        for (Object model : new Object[] { note, form, client }) {
            if (type.isInstance(model)) {
                return Optional.of(type.cast(model));
            }
        }
        return Optional.empty();
    }
}
