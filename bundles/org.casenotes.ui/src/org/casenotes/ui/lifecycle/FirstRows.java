package org.casenotes.ui.lifecycle;

import java.util.List;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.GoalReferenceType;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.PlanElement;

/**
 * The rows a new draft starts with: a repeatable group of the note (not one inside another group) that needs rows
 * ({@code min 1}, as the standard templates' "Goal addressed") starts with them, rather than with an "Add row" to
 * press first. In such a row, a single goal or objective field names the plan's only goal or objective of its kind
 * when the client's current plan has exactly one: a value the record knows, as the profile's supervision answer
 * ({@link ProfileAnswers}), shown and changeable in the form. With several, nothing is chosen for the clinician.
 * <p>
 * Only groups whose rows ask for something (a required field) start with rows: an untouched row then still lists
 * what it lacks, so that a row nobody filled in never makes a note look complete. Rows carried forward count; a
 * group shown only under a condition is left to the form's "Add row".
 */
final class FirstRows {

    private FirstRows() {
    }

    /** Adds, in {@code draft} on {@code form}, the rows each group still needs. @return how many rows were added */
    static int add(NoteLifecycle lifecycle, Note draft, FormDefinition form, Client client) {
        int added = 0;
        for (FormElement element : FormDefinitions.allElements(form)) {
            if (!(element instanceof RepeatableGroup group) || FormDefinitions.enclosingGroup(group).isPresent()
                    || group.getMinRows() < 1 || !asksForSomething(group) || shownOnlyWhen(group)) {
                continue;
            }
            ValueEditor note = lifecycle.edit(draft, form);
            while (note.rowCount(group.getId()) < group.getMinRows()) {
                ValueEditor row = note.addRow(group.getId());
                referToTheOnlyPlanElement(row, group, client, draft);
                added++;
            }
        }
        return added;
    }

    private static boolean asksForSomething(RepeatableGroup group) {
        return group.getElements().stream().anyMatch(element -> element instanceof Field field && field.isRequired());
    }

    /** @return whether the group, or a section holding it, is shown only under a condition (then left to the form) */
    private static boolean shownOnlyWhen(RepeatableGroup group) {
        for (Object level = group; level instanceof FormElement element; level = element.eContainer()) {
            if (element.getShownWhen() != null) {
                return true;
            }
        }
        return false;
    }

    private static void referToTheOnlyPlanElement(ValueEditor row, RepeatableGroup group, Client client, Note draft) {
        for (FormElement element : group.getElements()) {
            if (element instanceof Field field && field.getType() instanceof GoalReferenceType type) {
                List<PlanElement> offered = NoteOpener.planElements(client, draft, type.getTarget());
                if (offered.size() == 1) {
                    row.referTo(field.getId(), offered.get(0).id());
                }
            }
        }
    }
}
