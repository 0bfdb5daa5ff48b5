package org.casenotes.core.record;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.ElementContainer;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.FormDefinitions;

/**
 * A field a plan mapping cannot do without: a field of a type, either in a repeatable group or anywhere in the form
 * (a group itself is a need with no field).
 *
 * @param groupId the repeatable group the field is in, or null for a field outside groups
 * @param fieldId the field's id, or null for the group itself
 * @param type    the field's type (ignored for a group)
 * @param what    what the field holds, in words, e.g. "the goal of each problem"
 */
record PlanFieldNeed(String groupId, String fieldId, Class<? extends FieldType> type, String what) {

    static PlanFieldNeed group(String groupId, String what) {
        return new PlanFieldNeed(groupId, null, null, what);
    }

    static PlanFieldNeed field(String groupId, String fieldId, Class<? extends FieldType> type, String what) {
        return new PlanFieldNeed(groupId, fieldId, type, what);
    }

    /** @return the needs {@code form} does not meet, described as "goalReviews.goal (the goal reviewed)" */
    static List<String> unmet(FormDefinition form, List<PlanFieldNeed> needs) {
        return needs.stream().filter(need -> !need.metBy(form)).map(PlanFieldNeed::describe).toList();
    }

    private boolean metBy(FormDefinition form) {
        ElementContainer scope = form;
        if (groupId != null) {
            Optional<FormElement> group = FormDefinitions.findElement(form, groupId);
            if (group.isEmpty() || !(group.get() instanceof RepeatableGroup repeatable)) {
                return false;
            }
            scope = repeatable;
        }
        return fieldId == null || FormDefinitions.findField(scope, fieldId)
                .filter(field -> type.isInstance(field.getType())).isPresent();
    }

    private String describe() {
        String path = groupId == null ? fieldId : fieldId == null ? groupId : groupId + "." + fieldId;
        return path + " (" + what + ")";
    }
}
