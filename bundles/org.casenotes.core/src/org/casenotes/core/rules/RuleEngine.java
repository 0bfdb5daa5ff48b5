package org.casenotes.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a fixed set of rules over notes and applies the note's {@link RuleSettings}: disabled rules
 * are not run, severity overrides replace the rules' own severities. A rule that throws is reported
 * as a warning finding instead of breaking the evaluation, so one faulty plugin cannot silence the
 * others. Thread-safe if the rules are.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    private final List<FieldRule> fieldRules = new ArrayList<>();
    private final List<Rule> noteRules = new ArrayList<>();

    /** @param rules the rules to run, ids unique */
    public RuleEngine(List<? extends Rule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        for (Rule rule : this.rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("two rules with id " + rule.id());
            }
            if (rule instanceof FieldRule fieldRule) {
                fieldRules.add(fieldRule);
            } else {
                noteRules.add(rule);
            }
        }
    }

    /** @return the rules, in the order given */
    public List<Rule> rules() {
        return rules;
    }

    /** @return all findings for {@code note} */
    public List<Finding> evaluate(NoteContext note) {
        List<Finding> findings = new ArrayList<>(evaluateNoteRules(note));
        for (FieldText field : note.fields()) {
            findings.addAll(evaluateFieldRules(field, note));
        }
        return findings;
    }

    /** @return the findings of the rules that look at one field at a time, for {@code field} only */
    public List<Finding> evaluateFieldRules(FieldText field, NoteContext note) {
        List<Finding> findings = new ArrayList<>();
        for (FieldRule rule : fieldRules) {
            if (note.settings().isEnabled(rule.id())) {
                collect(rule, note, findings, () -> rule.evaluateField(field, note));
            }
        }
        return findings;
    }

    /** @return the findings of the rules that look at the note as a whole */
    public List<Finding> evaluateNoteRules(NoteContext note) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : noteRules) {
            if (note.settings().isEnabled(rule.id())) {
                collect(rule, note, findings, () -> rule.evaluate(note));
            }
        }
        return findings;
    }

    private interface Evaluation {
        List<Finding> run();
    }

    private static void collect(Rule rule, NoteContext note, List<Finding> into, Evaluation evaluation) {
        List<Finding> found;
        try {
            found = evaluation.run();
        } catch (RuntimeException e) {
            into.add(new Finding(rule.id(), Severity.WARNING, "The rule could not check this note: " + e,
                    null, null, List.of(), rule.source()));
            return;
        }
        Optional<Severity> override = note.settings().severityOverride(rule.id());
        for (Finding finding : found) {
            into.add(override.map(finding::withSeverity).orElse(finding));
        }
    }
}
