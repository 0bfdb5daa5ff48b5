package org.casenotes.core.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.core.forms.FieldPath;
import org.casenotes.core.forms.ValueFit;
import org.casenotes.model.form.DateTimeType;
import org.casenotes.model.form.DateType;
import org.casenotes.model.form.DurationType;
import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.TimeType;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.ValueHolder;
import org.casenotes.model.record.ValueProvenance;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copies values from a client's previous note into a new draft of the same template, each marked
 * {@link ValueProvenance#CARRIED_REVIEW "carried — review"} until the writer edits or confirms it: a note that
 * merely repeats the last one is an audit red flag, so carried values block signing until reviewed.
 * <p>
 * A value is carried when its field still exists at the same place in the (possibly newer) form and the value still
 * fits the field's type. Values that belong to one session (dates, times, durations) are never carried.
 */
final class CarryForward {

    private CarryForward() {
    }

    /** @return the latest signed note of {@code templateId} among a client's notes, by date of service */
    static Optional<Note> previousNote(List<Note> clientNotes, String templateId) {
        return clientNotes.stream()
                .filter(note -> templateId.equals(note.getTemplateId()) && SignedNoteGuard.isSigned(note))
                .max(Comparator.comparing(Note::getDateOfService, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(Note::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    static void copy(Note previous, ElementContainer form, Note draft) {
        copyLevel(previous, form, null, draft, previous.getId());
    }

    /** @return a readable path ("goalsAddressed[0].goal") of every carried value not yet reviewed */
    static List<String> awaitingReview(ValueHolder holder) {
        List<String> paths = new ArrayList<>();
        collectAwaiting(holder, "", paths);
        return paths;
    }

    private static void copyLevel(ValueHolder from, ElementContainer scope, RepeatableGroup group, ValueHolder to,
            String sourceNoteId) {
        for (FieldValue value : from.getValues()) {
            Optional<Field> field = sameLevel(scope, group, value.getFieldId(), Field.class);
            if (field.isPresent() && !isSessionSpecific(field.get().getType())
                    && ValueFit.misfit(field.get(), value).isEmpty()) {
                FieldValue copy = EcoreUtil.copy(value);
                copy.setProvenance(ValueProvenance.CARRIED_REVIEW);
                copy.setCarriedFromNoteId(sourceNoteId);
                to.getValues().add(copy);
            }
        }
        for (GroupValue rows : from.getGroups()) {
            Optional<RepeatableGroup> rowGroup = sameLevel(scope, group, rows.getGroupId(), RepeatableGroup.class);
            if (rowGroup.isEmpty()) {
                continue;
            }
            GroupValue copiedRows = RecordFactory.eINSTANCE.createGroupValue();
            copiedRows.setGroupId(rows.getGroupId());
            for (GroupRow row : rows.getRows()) {
                GroupRow copiedRow = RecordFactory.eINSTANCE.createGroupRow();
                copyLevel(row, rowGroup.get(), rowGroup.get(), copiedRow, sourceNoteId);
                copiedRows.getRows().add(copiedRow);
            }
            to.getGroups().add(copiedRows);
        }
    }

    private static <T extends FormElement> Optional<T> sameLevel(ElementContainer scope, RepeatableGroup group,
            String id, Class<T> kind) {
        return FormDefinitions.findElement(scope, id).filter(kind::isInstance)
                .map(kind::cast)
                .filter(element -> Objects.equals(
                        FormDefinitions.enclosingGroup(element).orElse(null), group));
    }

    private static void collectAwaiting(ValueHolder holder, String prefix, List<String> paths) {
        for (FieldValue value : holder.getValues()) {
            if (value.getProvenance() == ValueProvenance.CARRIED_REVIEW) {
                paths.add(prefix + value.getFieldId());
            }
        }
        for (GroupValue rows : holder.getGroups()) {
            for (int i = 0; i < rows.getRows().size(); i++) {
                collectAwaiting(rows.getRows().get(i), FieldPath.inRow(prefix, rows.getGroupId(), i), paths);
            }
        }
    }

    /** @return whether values of this type belong to one session and so are never carried forward */
    private static boolean isSessionSpecific(FieldType type) {
        return type instanceof DateType || type instanceof TimeType || type instanceof DateTimeType
                || type instanceof DurationType;
    }
}
