package org.casenotes.core.forms;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.ValueHolder;

/**
 * What a note still lacks before it is complete: required fields (including those required by a condition that now
 * holds) without a value, repeatable groups with fewer rows than their minimum, required instruments with
 * unanswered items. Hidden elements are never missing. Stateless.
 */
public final class Completeness {

    private Completeness() {
    }

    /** @return the missing values of the note in {@code scope}, in form order */
    public static List<MissingValue> missing(ElementContainer form, ValueScope scope) {
        List<MissingValue> missing = new ArrayList<>();
        collect(form, scope, "", missing);
        return missing;
    }

    private static void collect(ElementContainer container, ValueScope scope, String prefix, List<MissingValue> into) {
        for (FormElement element : container.getElements()) {
            if (!FormState.isShown(element, scope)) {
                continue;
            }
            switch (element) {
                case Section section -> collect(section, scope, prefix, into);
                case Field field when FormState.isRequired(field, scope) && !FormState.isAnswered(field, scope) ->
                    into.add(new MissingValue(prefix + field.getId(), label(field), "is required"));
                case RepeatableGroup group -> collectRows(group, scope, prefix, into);
                case InstrumentBlock block when FormState.isRequired(block, scope)
                        && !new InstrumentAnswers(scope.note(), block).complete() ->
                    into.add(new MissingValue(prefix + block.getId(), label(block), "has unanswered items"));
                default -> {
                    // calculated values, signature blocks and optional or answered fields need nothing
                }
            }
        }
    }

    private static void collectRows(RepeatableGroup group, ValueScope scope, String prefix, List<MissingValue> into) {
        List<GroupRow> rows = rows(scope.holder(), group.getId());
        if (rows.size() < group.getMinRows()) {
            into.add(new MissingValue(prefix + group.getId(), label(group),
                    "needs at least " + group.getMinRows() + (group.getMinRows() == 1 ? " row" : " rows")));
        }
        for (int i = 0; i < rows.size(); i++) {
            collect(group, scope.row(rows.get(i)), FieldPath.inRow(prefix, group.getId(), i), into);
        }
    }

    /** @return the rows held for group {@code groupId} at the level of {@code holder} */
    public static List<GroupRow> rows(ValueHolder holder, String groupId) {
        return holder.getGroups().stream().filter(group -> groupId.equals(group.getGroupId())).findFirst()
                .<List<GroupRow>>map(GroupValue::getRows).orElse(List.of());
    }

    private static String label(FormElement element) {
        return element.getLabel() == null || element.getLabel().isBlank() ? element.getId() : element.getLabel();
    }
}
