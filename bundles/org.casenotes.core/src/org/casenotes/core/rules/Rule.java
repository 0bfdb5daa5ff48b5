package org.casenotes.core.rules;

import java.util.List;

/**
 * A check on a note that reports {@link Finding}s. Rules are stateless, thread-safe and never change
 * the note; they are contributed as OSGi services (the language and privacy packs come from word
 * lists, see {@code org.casenotes.core.wordLists}) and can also be handed to a {@link RuleEngine}
 * directly.
 *
 * <pre>{@code
 * @Component(service = Rule.class)
 * public final class PlanPresentRule implements Rule { ... }
 * }</pre>
 *
 * A rule whose findings depend on one field's text at a time should implement {@link FieldRule}, so
 * the live engine re-evaluates only the edited field.
 */
public interface Rule {

    /** @return a stable, dotted id such as {@code language.judgmental}, used for overrides */
    String id();

    /** @return the family the rule belongs to */
    RuleCategory category();

    /** @return the severity of its findings unless the agency or template overrides it */
    Severity defaultSeverity();

    /** @return one or two sentences saying what the rule checks and why */
    String description();

    /** @return where the rule comes from (a guideline, a regulation, a payer manual) */
    SourceCitation source();

    /**
     * @return the findings for {@code note}, with this rule's severities (the engine applies
     *         overrides); empty if nothing is wrong
     */
    List<Finding> evaluate(NoteContext note);
}
