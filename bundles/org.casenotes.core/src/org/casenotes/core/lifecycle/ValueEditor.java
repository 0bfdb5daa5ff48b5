package org.casenotes.core.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.core.forms.ValueFit;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.DateTimeValue;
import org.casenotes.model.record.DateValue;
import org.casenotes.model.record.DurationValue;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.ValueHolder;
import org.casenotes.model.record.ValueProvenance;

/**
 * Typed edits of a draft note's values, checked against its form definition: the field must exist at this level
 * (the note itself, or one row of a repeatable group) and the value must fit the field's type; otherwise a
 * {@link FieldValueException} says what is wrong. Every edit refuses with {@link NoteLockedException} unless the note
 * is a draft or was returned for revision. Obtain one from {@link NoteLifecycle#edit}.
 */
public final class ValueEditor {

    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private final Note note;
    private final ValueHolder holder;
    private final ElementContainer scope;
    private final RepeatableGroup group;

    ValueEditor(Note note, ValueHolder holder, ElementContainer scope, RepeatableGroup group) {
        this.note = note;
        this.holder = holder;
        this.scope = scope;
        this.group = group;
    }

    /** Sets a short or long text field. */
    public ValueEditor setText(String fieldId, String text) {
        TextValue value = RECORD.createTextValue();
        value.setText(Objects.requireNonNull(text, "text"));
        return put(fieldId, value);
    }

    /** Sets a number field; integer fields refuse fractions. */
    public ValueEditor setNumber(String fieldId, BigDecimal number) {
        NumberValue value = RECORD.createNumberValue();
        value.setValue(number);
        return put(fieldId, value);
    }

    /** Sets a yes/no field. */
    public ValueEditor setBoolean(String fieldId, boolean yes) {
        BooleanValue value = RECORD.createBooleanValue();
        value.setValue(yes);
        return put(fieldId, value);
    }

    /** Sets a date field. */
    public ValueEditor setDate(String fieldId, LocalDate date) {
        DateValue value = RECORD.createDateValue();
        value.setValue(Objects.requireNonNull(date, "date"));
        return put(fieldId, value);
    }

    /** Sets a time field. */
    public ValueEditor setTime(String fieldId, LocalTime time) {
        TimeValue value = RECORD.createTimeValue();
        value.setValue(Objects.requireNonNull(time, "time"));
        return put(fieldId, value);
    }

    /** Sets a date-and-time field. */
    public ValueEditor setDateTime(String fieldId, LocalDateTime dateTime) {
        DateTimeValue value = RECORD.createDateTimeValue();
        value.setValue(Objects.requireNonNull(dateTime, "dateTime"));
        return put(fieldId, value);
    }

    /** Sets a duration field, in whole minutes. */
    public ValueEditor setDuration(String fieldId, int minutes) {
        DurationValue value = RECORD.createDurationValue();
        value.setMinutes(minutes);
        return put(fieldId, value);
    }

    /** Chooses options of a choice field by id: exactly one for a single choice. */
    public ValueEditor choose(String fieldId, String... optionIds) {
        ChoiceValue value = RECORD.createChoiceValue();
        value.getOptionIds().addAll(List.of(optionIds));
        return put(fieldId, value);
    }

    /** Refers a goal/objective field to treatment-plan elements by id: exactly one unless the field is multiple. */
    public ValueEditor referTo(String fieldId, String... planElementIds) {
        GoalReferenceValue value = RECORD.createGoalReferenceValue();
        value.getPlanElementIds().addAll(List.of(planElementIds));
        return put(fieldId, value);
    }

    /** Removes the value of a field. */
    public ValueEditor clear(String fieldId) {
        requireEditable();
        field(fieldId);
        existing(fieldId).ifPresent(holder.getValues()::remove);
        return this;
    }

    /** Confirms a value carried forward from the previous note; it then no longer blocks signing. */
    public ValueEditor markReviewed(String fieldId) {
        requireEditable();
        field(fieldId);
        FieldValue value = existing(fieldId).orElseThrow(
                () -> new FieldValueException(fieldId, "Field '" + fieldId + "' has no value to review."));
        if (value.getProvenance() == ValueProvenance.CARRIED_REVIEW) {
            value.setProvenance(ValueProvenance.CARRIED_REVIEWED);
        }
        return this;
    }

    /** @return the current value of a field at this level */
    public Optional<FieldValue> value(String fieldId) {
        field(fieldId);
        return existing(fieldId);
    }

    /** Appends a row to a repeatable group and returns the editor of its values. */
    public ValueEditor addRow(String groupId) {
        requireEditable();
        RepeatableGroup rowGroup = group(groupId);
        GroupValue rows = rows(groupId).orElseGet(() -> {
            GroupValue created = RECORD.createGroupValue();
            created.setGroupId(groupId);
            holder.getGroups().add(created);
            return created;
        });
        if (rowGroup.getMaxRows() >= 0 && rows.getRows().size() >= rowGroup.getMaxRows()) {
            throw new FieldValueException(groupId,
                    "Group '" + groupId + "' takes at most " + rowGroup.getMaxRows() + " rows.");
        }
        GroupRow row = RECORD.createGroupRow();
        rows.getRows().add(row);
        return new ValueEditor(note, row, rowGroup, rowGroup);
    }

    /** @return the editor of an existing row of a repeatable group (rows count from 0) */
    public ValueEditor row(String groupId, int index) {
        RepeatableGroup rowGroup = group(groupId);
        return new ValueEditor(note, existingRow(groupId, index), rowGroup, rowGroup);
    }

    /** Removes a row of a repeatable group (rows count from 0). */
    public ValueEditor removeRow(String groupId, int index) {
        requireEditable();
        group(groupId);
        GroupRow row = existingRow(groupId, index);
        GroupValue rows = (GroupValue) row.eContainer();
        rows.getRows().remove(row);
        if (rows.getRows().isEmpty()) {
            holder.getGroups().remove(rows);
        }
        return this;
    }

    /** @return how many rows a repeatable group has */
    public int rowCount(String groupId) {
        group(groupId);
        return rows(groupId).map(rows -> rows.getRows().size()).orElse(0);
    }

    private ValueEditor put(String fieldId, FieldValue value) {
        requireEditable();
        Field field = field(fieldId);
        value.setFieldId(fieldId);
        value.setProvenance(ValueProvenance.ENTERED);
        ValueFit.misfit(field, value).ifPresent(why -> {
            throw new FieldValueException(fieldId,
                    "Field '" + fieldId + "' cannot take \u201c" + ValueFit.inWords(value) + "\u201d: " + why + ".");
        });
        Optional<FieldValue> old = existing(fieldId);
        if (old.isPresent()) {
            holder.getValues().set(holder.getValues().indexOf(old.get()), value);
        } else {
            holder.getValues().add(value);
        }
        return this;
    }

    private void requireEditable() {
        if (note.getStatus() != NoteStatus.DRAFT && note.getStatus() != NoteStatus.RETURNED) {
            throw new NoteLockedException("Note " + note.getId() + " is " + note.getStatus()
                    + "; only drafts and notes returned for revision can be edited.");
        }
    }

    private Field field(String fieldId) {
        Field field = FormDefinitions.findField(scope, fieldId).orElseThrow(() -> new FieldValueException(fieldId,
                "The form has no field '" + fieldId + "'" + (group == null ? "." : " in group '" + group.getId() + "'.")));
        requireSameLevel(fieldId, field);
        return field;
    }

    private RepeatableGroup group(String groupId) {
        Optional<FormElement> element = FormDefinitions.findElement(scope, groupId);
        if (element.isEmpty() || !(element.get() instanceof RepeatableGroup rowGroup)) {
            throw new FieldValueException(groupId, "The form has no repeatable group '" + groupId + "'.");
        }
        requireSameLevel(groupId, rowGroup);
        return rowGroup;
    }

    private void requireSameLevel(String id, FormElement element) {
        // the scope's search finds elements of nested groups too; those are edited on their rows
        RepeatableGroup enclosing = FormDefinitions.enclosingGroup(element).orElse(null);
        if (enclosing != group && enclosing != null) {
            throw new FieldValueException(id, "'" + id + "' belongs to repeatable group '" + enclosing.getId()
                    + "'; edit it on a row: row(\"" + enclosing.getId() + "\", index).");
        }
    }

    private Optional<FieldValue> existing(String fieldId) {
        return holder.getValues().stream().filter(value -> fieldId.equals(value.getFieldId())).findFirst();
    }

    private Optional<GroupValue> rows(String groupId) {
        return holder.getGroups().stream().filter(rows -> groupId.equals(rows.getGroupId())).findFirst();
    }

    private GroupRow existingRow(String groupId, int index) {
        List<GroupRow> rows = rows(groupId).<List<GroupRow>>map(GroupValue::getRows).orElse(List.of());
        if (index < 0 || index >= rows.size()) {
            throw new FieldValueException(groupId,
                    "Group '" + groupId + "' has " + rows.size() + " rows; there is no row " + index + ".");
        }
        return rows.get(index);
    }
}
