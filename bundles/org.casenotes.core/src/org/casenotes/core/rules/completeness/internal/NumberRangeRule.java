package org.casenotes.core.rules.completeness.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.NumberType;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.ValueHolder;

/**
 * {@code completeness.range}: number values lie within their field's {@code min} and {@code max} (inclusive), in
 * the note and in the rows of its repeatable groups.
 */
public final class NumberRangeRule extends CompletenessRule {

    public NumberRangeRule() {
        super("completeness.range", Severity.ERROR, "Numbers lie within the range the template allows.", FORM);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<Note> note = context.lookup(Note.class);
        Optional<FormDefinition> form = context.lookup(FormDefinition.class);
        List<Finding> findings = new ArrayList<>();
        if (note.isPresent() && form.isPresent()) {
            collect(note.get(), form.get(), findings);
        }
        return findings;
    }

    private void collect(ValueHolder holder, FormDefinition form, List<Finding> findings) {
        for (FieldValue value : holder.getValues()) {
            if (value instanceof NumberValue number && number.getValue() != null) {
                FormDefinitions.findField(form, value.getFieldId()).map(Field::getType)
                        .filter(NumberType.class::isInstance).map(NumberType.class::cast)
                        .flatMap(type -> problem(number.getValue(), type))
                        .ifPresent(message -> findings.add(finding(message, value.getFieldId())));
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                collect(row, form, findings);
            }
        }
    }

    private static Optional<String> problem(BigDecimal value, NumberType type) {
        String unit = type.getUnit() == null ? "" : " " + type.getUnit();
        if (type.getMin() != null && value.compareTo(type.getMin()) < 0) {
            return Optional.of(value.toPlainString() + unit + " is below the lowest allowed value, "
                    + type.getMin().toPlainString() + unit + ".");
        }
        if (type.getMax() != null && value.compareTo(type.getMax()) > 0) {
            return Optional.of(value.toPlainString() + unit + " is above the highest allowed value, "
                    + type.getMax().toPlainString() + unit + ".");
        }
        return Optional.empty();
    }
}
