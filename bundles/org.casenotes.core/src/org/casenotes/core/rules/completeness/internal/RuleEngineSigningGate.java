package org.casenotes.core.rules.completeness.internal;

import java.util.List;
import java.util.Objects;

import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Note;

/**
 * The {@link SigningGate} of the rule engine: a note cannot be signed while any rule reports an error for it (after
 * the agency's and template's severity overrides). Each refusal names the rule, the field and the message.
 */
public final class RuleEngineSigningGate implements SigningGate {

    private final RuleEngine engine;
    private final ContextFactory contexts;

    /** Makes the rule context of a note, e.g. a {@code NoteTextContext} with the agency's settings and the client. */
    @FunctionalInterface
    public interface ContextFactory {
        /** @return the context the rules evaluate {@code note} in */
        NoteContext contextOf(Note note, FormDefinition form);
    }

    /**
     * @param engine the rules in force
     * @param contexts makes the context of the note to be signed
     */
    public RuleEngineSigningGate(RuleEngine engine, ContextFactory contexts) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.contexts = Objects.requireNonNull(contexts, "contexts");
    }

    @Override
    public List<String> refusals(Note note, FormDefinition form) {
        return engine.evaluate(contexts.contextOf(note, form)).stream()
                .filter(finding -> finding.severity() == Severity.ERROR).map(RuleEngineSigningGate::describe).toList();
    }

    private static String describe(Finding finding) {
        return (finding.fieldId() == null ? "" : finding.fieldId() + ": ") + finding.message() + " ["
                + finding.ruleId() + "]";
    }
}
