package org.casenotes.core.rules;

import java.util.List;

/**
 * A check on a note that reports {@link Finding}s. Rules are stateless, thread-safe and never change
 * the note; they are contributed as OSGi services (the language and privacy packs come from word
 * lists, see {@code org.casenotes.core.wordLists}) and can also be handed to a {@link RuleEngine}
 * directly. {@link org.casenotes.core.rules.registry.RuleCatalogue} tracks the services and puts each
 * rule into the packs whose metadata ({@code org.casenotes.core.rulePacks}) names its id, or into the
 * pack its {@code casenotes.rule.pack} service property names. A rule that throws is reported once and
 * switched off.
 *
 * <pre>{@code
 * @Component(service = Rule.class, property = "casenotes.rule.pack=org.example.house")
 * public final class PlanPresentRule extends DescribedRule {
 *     public PlanPresentRule() {
 *         super("house.plan", RuleCategory.COMPLETENESS, Severity.ERROR, "A progress note needs a plan.",
 *                 new SourceCitation("Agency documentation policy", "section 4"));
 *     }
 *
 *     @Override
 *     public List<Finding> evaluate(NoteContext note) {
 *         boolean present = note.field("plan").map(f -> !f.text().isBlank()).orElse(true);
 *         return present ? List.of()
 *                 : List.of(new Finding(id(), defaultSeverity(), "Add the plan.", "plan", null, List.of(), source()));
 *     }
 * }
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
