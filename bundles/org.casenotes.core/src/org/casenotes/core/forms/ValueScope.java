package org.casenotes.core.forms;

import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.ValueHolder;

/**
 * Where values are read: the note itself, or one row of a repeatable group. A field that is not found in the row
 * is looked up in the enclosing holders up to the note, so a condition inside a row can name a field of the note.
 *
 * @param note   the note
 * @param holder the note or a row of one of its groups
 */
public record ValueScope(Note note, ValueHolder holder) {

    public ValueScope {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(holder, "holder");
    }

    /** @return the scope of the note's own values */
    public static ValueScope of(Note note) {
        return new ValueScope(note, note);
    }

    /** @return the scope of one row of a group of this scope's holder */
    public ValueScope row(GroupRow row) {
        return new ValueScope(note, row);
    }

    /** @return the value of {@code fieldId} in this scope or an enclosing one */
    public Optional<FieldValue> value(String fieldId) {
        for (Object level = holder; level instanceof ValueHolder values; level = enclosingHolder(values)) {
            for (FieldValue value : values.getValues()) {
                if (fieldId.equals(value.getFieldId())) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static Object enclosingHolder(ValueHolder holder) {
        // a row sits in a GroupValue, which sits in the next holder up
        return holder instanceof GroupRow row && row.eContainer() != null ? row.eContainer().eContainer() : null;
    }
}
