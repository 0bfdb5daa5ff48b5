package org.casenotes.core.rules;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The rules that failed (threw while checking a note) and are switched off for the rest of the session. A failing rule
 * is reported once, to the reporter given here (e.g. the platform log), and then no longer run, so that a faulty
 * plugin neither floods the findings nor takes the editor or the other rules down. Shared by every engine the
 * {@link org.casenotes.core.rules.registry.RuleCatalogue} makes, so a rule disabled in one stays disabled in all.
 * Thread-safe.
 */
public final class RuleFailures {

    /**
     * One rule that failed.
     *
     * @param ruleId the rule's id
     * @param cause  what it threw
     */
    public record RuleFailure(String ruleId, Throwable cause) {

        /** @return one line for the user: which rule, what it threw, and that it is off */
        public String message() {
            return "The rule " + ruleId + " failed (" + cause + ") and is switched off until Casenotes restarts.";
        }
    }

    private final Map<String, RuleFailure> failures = new ConcurrentHashMap<>();
    private final Consumer<RuleFailure> reporter;

    /** @param reporter told once of each rule that fails */
    public RuleFailures(Consumer<RuleFailure> reporter) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
    }

    /** @return failures that nobody is told of (each still disables its rule) */
    public static RuleFailures unreported() {
        return new RuleFailures(failure -> {
        });
    }

    /** @return whether rule {@code ruleId} failed and is switched off */
    public boolean isDisabled(String ruleId) {
        return failures.containsKey(ruleId);
    }

    /** @return the rules switched off, by id */
    public Map<String, RuleFailure> disabled() {
        return Map.copyOf(failures);
    }

    /**
     * Switches {@code rule} off after it threw {@code cause}.
     *
     * @return the failure if this is the first failure of the rule (it has just been reported), else null
     */
    RuleFailure failed(Rule rule, Throwable cause) {
        RuleFailure failure = new RuleFailure(rule.id(), cause);
        if (failures.putIfAbsent(rule.id(), failure) != null) {
            return null;
        }
        reporter.accept(failure);
        return failure;
    }
}
