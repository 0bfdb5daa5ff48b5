package org.casenotes.core.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an agency (and, on top of it, a template) changes about the rules: severity overrides,
 * rules switched off, and terms the agency approves (which language rules then accept).
 * Immutable; {@link #overriddenBy(RuleSettings)} layers template settings over agency settings.
 */
public final class RuleSettings {

    /** No overrides, no disabled rules, no approved terms. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of(), Set.of(), Set.of());

    private final Map<String, Severity> severities;
    private final Set<String> disabled;
    private final Set<String> approvedTerms;

    private RuleSettings(Map<String, Severity> severities, Set<String> disabled, Set<String> approvedTerms) {
        this.severities = Map.copyOf(severities);
        this.disabled = Set.copyOf(disabled);
        this.approvedTerms = Set.copyOf(approvedTerms);
    }

    /** @return settings with {@code severity} for rule {@code ruleId} (re-enabling it if disabled) */
    public RuleSettings withSeverity(String ruleId, Severity severity) {
        Map<String, Severity> newSeverities = new HashMap<>(severities);
        newSeverities.put(ruleId, severity);
        Set<String> newDisabled = new HashSet<>(disabled);
        newDisabled.remove(ruleId);
        return new RuleSettings(newSeverities, newDisabled, approvedTerms);
    }

    /** @return settings with rule {@code ruleId} switched off */
    public RuleSettings withDisabled(String ruleId) {
        Map<String, Severity> newSeverities = new HashMap<>(severities);
        newSeverities.remove(ruleId);
        Set<String> newDisabled = new HashSet<>(disabled);
        newDisabled.add(ruleId);
        return new RuleSettings(newSeverities, newDisabled, approvedTerms);
    }

    /**
     * @param term a word or phrase the agency defines and accepts, e.g. {@code psychoeducation};
     *            compared case-insensitively with the term of a word-list entry
     * @return settings that also approve {@code term}
     */
    public RuleSettings withApprovedTerm(String term) {
        Set<String> newTerms = new HashSet<>(approvedTerms);
        newTerms.add(normalizeTerm(term));
        return new RuleSettings(severities, disabled, newTerms);
    }

    /**
     * @return these settings with {@code more}'s overrides taking precedence and approved terms
     *         joined; used to put template settings over agency settings
     */
    public RuleSettings overriddenBy(RuleSettings more) {
        Map<String, Severity> newSeverities = new HashMap<>(severities);
        Set<String> newDisabled = new HashSet<>(disabled);
        newDisabled.removeAll(more.severities.keySet());
        newSeverities.keySet().removeAll(more.disabled);
        newSeverities.putAll(more.severities);
        newDisabled.addAll(more.disabled);
        Set<String> newTerms = new HashSet<>(approvedTerms);
        newTerms.addAll(more.approvedTerms);
        return new RuleSettings(newSeverities, newDisabled, newTerms);
    }

    /** @return whether findings of rule {@code ruleId} are wanted at all */
    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** @return the severity all findings of rule {@code ruleId} get instead of their own, if set */
    public Optional<Severity> severityOverride(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /** @return whether the agency approves {@code term} (compared case-insensitively, spaces collapsed) */
    public boolean approves(String term) {
        return !approvedTerms.isEmpty() && approvedTerms.contains(normalizeTerm(term));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSettings settings && severities.equals(settings.severities)
                && disabled.equals(settings.disabled) && approvedTerms.equals(settings.approvedTerms);
    }

    @Override
    public int hashCode() {
        return Objects.hash(severities, disabled, approvedTerms);
    }

    private static String normalizeTerm(String term) {
        return term.strip().replaceAll("[\\s\\-]+", " ").toLowerCase(Locale.ROOT);
    }
}
