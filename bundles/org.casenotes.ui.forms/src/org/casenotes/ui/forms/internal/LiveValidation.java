package org.casenotes.ui.forms.internal;

import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.LiveEvaluation;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;

/**
 * The findings of the open note, kept current as it changes: after typing in a text field only that field is
 * re-checked by the field rules (note-level rules always run again); after other changes, which may show or hide
 * fields, the whole note is checked.
 */
final class LiveValidation {

    private final RuleEngine engine;
    private final RuleSettings agency;
    private final NoteEditing editing;
    private LiveEvaluation evaluation;

    LiveValidation(RuleEngine engine, RuleSettings agency, NoteEditing editing) {
        this.engine = engine;
        this.agency = agency;
        this.editing = editing;
        checkAll();
    }

    void checkAll() {
        evaluation = new LiveEvaluation(engine, context());
    }

    void textEdited(String fieldPath) {
        evaluation.fieldEdited(context(), fieldPath);
    }

    List<Finding> findings() {
        return evaluation.findings();
    }

    List<Finding> findingsOf(String fieldPath) {
        return evaluation.findingsOf(fieldPath);
    }

    int ruleCount() {
        return engine.rules().size();
    }

    private NoteTextContext context() {
        return new NoteTextContext(editing.note(), editing.form(), agency);
    }
}
