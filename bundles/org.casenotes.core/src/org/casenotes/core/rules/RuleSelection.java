package org.casenotes.core.rules;

/**
 * Which of an engine's rules run on a given note, beyond the note's {@link RuleSettings}: the
 * {@link org.casenotes.core.rules.registry.RuleCatalogue} uses it to run only the rule packs that the agency keeps in
 * force and the note's template names.
 */
@FunctionalInterface
public interface RuleSelection {

    /** Every rule runs on every note. */
    RuleSelection ALL = (rule, note) -> true;

    /** @return whether {@code rule} checks {@code note} */
    boolean runs(Rule rule, NoteContext note);
}
