package org.casenotes.core.rules.completeness.internal;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.MissingValue;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;

/**
 * {@code completeness.required}: every value the form requires for the note's current answers (fields marked
 * {@code required}, fields whose {@code required when} condition holds, minimum rows of repeatable groups, required
 * instruments), as computed by {@link Completeness}. Hidden elements are never required. A finding's field id is
 * the missing value's path ({@code group[row].field} inside a repeatable group).
 */
public final class RequiredValuesRule extends CompletenessRule {

    public RequiredValuesRule() {
        super("completeness.required", Severity.ERROR,
                "Fields the template requires, including those required by the answers given, have a value.",
                FORM);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<Note> note = context.lookup(Note.class);
        Optional<FormDefinition> form = context.lookup(FormDefinition.class);
        if (note.isEmpty() || form.isEmpty()) {
            return List.of();
        }
        return Completeness.missing(form.get(), ValueScope.of(note.get())).stream()
                .map(missing -> finding(describe(missing), missing.path())).toList();
    }

    private static String describe(MissingValue missing) {
        return "\u201c" + missing.label() + "\u201d " + missing.message() + ".";
    }
}
