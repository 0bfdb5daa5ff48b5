package org.casenotes.core.rules.completeness.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.casenotes.core.rules.FieldRule;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * {@code completeness.text}: a text field's minimum and maximum number of words and characters, and its pattern
 * (the whole stripped text must match; the template's message explains the expected form). Empty fields are left to
 * {@link RequiredValuesRule}. Words are runs of non-space characters. Fields in the rows of repeatable groups are
 * checked against their field's constraints too, each finding naming its row. Looks at one field at a time, so the
 * live engine re-checks only the edited field.
 */
public final class TextConstraintsRule extends CompletenessRule implements FieldRule {

    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

    public TextConstraintsRule() {
        super("completeness.text", Severity.ERROR,
                "Text fields respect the template's minimum and maximum words and characters and its patterns.",
                FORM);
    }

    @Override
    public List<Finding> evaluateField(FieldText field, NoteContext note) {
        Optional<TextType> type = note.lookup(FormDefinition.class)
                .flatMap(form -> FormDefinitions.findField(form, field.formFieldId())).map(Field::getType)
                .filter(TextType.class::isInstance).map(TextType.class::cast);
        String text = field.text().strip();
        if (type.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        TextType constraints = type.get();
        List<Finding> findings = new ArrayList<>();
        int words = text.split("\\s+").length;
        int chars = text.codePointCount(0, text.length());
        if (constraints.getMinWords() != null && words < constraints.getMinWords()) {
            findings.add(finding("Write at least " + constraints.getMinWords() + " words here (now " + words
                    + ").", field.fieldId()));
        }
        if (constraints.getMaxWords() != null && words > constraints.getMaxWords()) {
            findings.add(finding("Keep this to " + constraints.getMaxWords() + " words (now " + words + ").",
                    field.fieldId()));
        }
        if (constraints.getMinChars() != null && chars < constraints.getMinChars()) {
            findings.add(finding("Write at least " + constraints.getMinChars() + " characters here (now " + chars
                    + ").", field.fieldId()));
        }
        if (constraints.getMaxChars() != null && chars > constraints.getMaxChars()) {
            findings.add(finding("Keep this to " + constraints.getMaxChars() + " characters (now " + chars + ").",
                    field.fieldId()));
        }
        if (constraints.getPattern() != null) {
            compiled(constraints.getPattern()).filter(p -> !p.matcher(text).matches())
                    .ifPresent(p -> findings.add(finding(patternMessage(constraints), field.fieldId())));
        }
        return findings;
    }

    private Optional<Pattern> compiled(String regex) {
        return patterns.computeIfAbsent(regex, r -> {
            try {
                return Optional.of(Pattern.compile(r));
            } catch (PatternSyntaxException e) {
                return Optional.empty(); // reported by the template validator, not here
            }
        });
    }

    private static String patternMessage(TextType type) {
        String message = type.getPatternMessage();
        return message == null || message.isBlank() ? "This does not have the form the template expects." : message;
    }
}
