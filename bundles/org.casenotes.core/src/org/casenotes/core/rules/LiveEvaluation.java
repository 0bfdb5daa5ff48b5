package org.casenotes.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one open note, kept up to date while the clinician types. After an edit only the
 * edited field is re-checked by the field rules; note-level rules (completeness, payer) are re-run
 * because an edit anywhere may satisfy or break them. Not thread-safe: call it from one thread, e.g.
 * the editor's validation job.
 */
public final class LiveEvaluation {

    private final RuleEngine engine;
    private final Map<String, List<Finding>> fieldFindings = new LinkedHashMap<>();
    private List<Finding> noteFindings;

    /** Evaluates {@code note} fully. */
    public LiveEvaluation(RuleEngine engine, NoteContext note) {
        this.engine = engine;
        this.noteFindings = engine.evaluateNoteRules(note);
        for (FieldText field : note.fields()) {
            fieldFindings.put(field.fieldId(), engine.evaluateFieldRules(field, note));
        }
    }

    /**
     * Re-checks after an edit of field {@code fieldId}.
     *
     * @param note the note as it is after the edit
     * @return the findings of the edited field
     */
    public List<Finding> fieldEdited(NoteContext note, String fieldId) {
        noteFindings = engine.evaluateNoteRules(note);
        List<Finding> found = note.field(fieldId).map(field -> engine.evaluateFieldRules(field, note))
                .orElse(List.of());
        fieldFindings.put(fieldId, found);
        return found;
    }

    /** @return the current findings of field {@code fieldId} */
    public List<Finding> findingsOf(String fieldId) {
        return fieldFindings.getOrDefault(fieldId, List.of());
    }

    /** @return all current findings: note-level ones first, then field by field */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(noteFindings);
        fieldFindings.values().forEach(all::addAll);
        return all;
    }
}
