package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.forms.FieldPath;
import org.casenotes.core.lifecycle.ValueEditor;

/**
 * Where a value lives: the note itself ({@link #NOTE}) or a row of a repeatable group, possibly nested. Its text
 * form, {@code group[row].}, prefixes field ids the way the rule engine names fields inside rows.
 */
record RowPath(List<Step> steps) {

    /** One row of one group. */
    record Step(String groupId, int row) {
    }

    static final RowPath NOTE = new RowPath(List.of());

    RowPath {
        steps = List.copyOf(steps);
    }

    RowPath row(String groupId, int row) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(groupId, row));
        return new RowPath(more);
    }

    /** @return the editor of this level, starting from the note's editor */
    ValueEditor editor(ValueEditor noteEditor) {
        ValueEditor editor = noteEditor;
        for (Step step : steps) {
            editor = editor.row(step.groupId(), step.row());
        }
        return editor;
    }

    /** @return {@code fieldId} as the rule engine names it at this level */
    String pathOf(String fieldId) {
        String prefix = "";
        for (Step step : steps) {
            prefix = FieldPath.inRow(prefix, step.groupId(), step.row());
        }
        return prefix + fieldId;
    }
}
