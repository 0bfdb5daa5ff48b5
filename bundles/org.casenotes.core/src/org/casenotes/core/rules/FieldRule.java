package org.casenotes.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule whose findings for a field depend only on that field's text and the note's kind and
 * settings. The live engine re-evaluates such a rule only for the field being edited.
 */
public interface FieldRule extends Rule {

    /** @return the findings in {@code field}, all pointing at {@code field} */
    List<Finding> evaluateField(FieldText field, NoteContext note);

    @Override
    default List<Finding> evaluate(NoteContext note) {
        List<Finding> findings = new ArrayList<>();
        for (FieldText field : note.fields()) {
            findings.addAll(evaluateField(field, note));
        }
        return findings;
    }
}
