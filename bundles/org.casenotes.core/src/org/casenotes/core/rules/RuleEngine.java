package org.casenotes.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a fixed set of rules over notes and applies the note's {@link RuleSettings}: disabled rules
 * are not run, severity overrides replace the rules' own severities. A {@link RuleSelection} may leave further rules
 * out for a note (rule packs the note's template or the agency does not use). A rule that throws is reported once (a
 * warning finding in that evaluation, and its {@link RuleFailures}' reporter) and then switched off, instead of
 * breaking the evaluation, so one faulty plugin cannot silence the others or take the editor down. Thread-safe if the
 * rules are.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    private final List<FieldRule> fieldRules = new ArrayList<>();
    private final List<Rule> noteRules = new ArrayList<>();
    private final RuleSelection selection;
    private final RuleFailures failures;

    /** @param rules the rules to run, ids unique; a rule that throws is switched off in this engine only */
    public RuleEngine(List<? extends Rule> rules) {
        this(rules, RuleSelection.ALL, RuleFailures.unreported());
    }

    /**
     * @param rules     the rules to run, ids unique
     * @param selection which rules run on a note
     * @param failures  where rules that throw are reported and switched off
     */
    public RuleEngine(List<? extends Rule> rules, RuleSelection selection, RuleFailures failures) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.failures = Objects.requireNonNull(failures, "failures");
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

    /** @return the rules that failed and are switched off */
    public RuleFailures failures() {
        return failures;
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
            if (runs(rule, note)) {
                collect(rule, note, findings, () -> rule.evaluateField(field, note));
            }
        }
        return findings;
    }

    /** @return the findings of the rules that look at the note as a whole */
    public List<Finding> evaluateNoteRules(NoteContext note) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : noteRules) {
            if (runs(rule, note)) {
                collect(rule, note, findings, () -> rule.evaluate(note));
            }
        }
        return findings;
    }

    private boolean runs(Rule rule, NoteContext note) {
        return note.settings().isEnabled(rule.id()) && !failures.isDisabled(rule.id())
                && selection.runs(rule, note);
    }

    private interface Evaluation {
        List<Finding> run();
    }

    private void collect(Rule rule, NoteContext note, List<Finding> into, Evaluation evaluation) {
        List<Finding> found;
        try {
            found = List.copyOf(evaluation.run());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // a plugin's rule may throw anything, or miss a class it was built against
            RuleFailures.RuleFailure failure = failures.failed(rule, e);
            if (failure != null) {
                into.add(new Finding(rule.id(), Severity.WARNING, failure.message(), null, null, List.of(),
                        rule.source()));
            }
            return;
        }
        Optional<Severity> override = note.settings().severityOverride(rule.id());
        for (Finding finding : found) {
            into.add(override.map(finding::withSeverity).orElse(finding));
        }
    }
}
