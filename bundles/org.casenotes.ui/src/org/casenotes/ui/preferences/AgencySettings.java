package org.casenotes.ui.preferences;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;

/**
 * The agency's policies as this workbench applies them: the signing window after which a note is a late entry, the
 * rule packs in force and the severity the agency gives single rules, and how long the caseload stays unlocked when
 * idle.
 *
 * @param lateEntryWindowDays calendar days after the day of service before signing makes a note a late entry
 * @param idleLockMinutes     minutes without use after which the caseload locks
 * @param enabledPacks        the rule packs in force ({@link RulePack} names)
 * @param severities          the agency's severity per rule id; {@code OFF} switches a rule off
 */
public record AgencySettings(int lateEntryWindowDays, int idleLockMinutes, Set<RulePack> enabledPacks,
        Map<String, String> severities) {

    /** The rule packs an agency can switch on and off. */
    public enum RulePack {
        /** Judgmental, speculative and jargon wording. */
        LANGUAGE,
        /** Required values and the elements every progress note must show. */
        COMPLETENESS,
        /** What payers and auditors check. */
        PAYER,
        /** Cloned narratives and unreviewed carried-forward values. */
        INTEGRITY
    }

    public AgencySettings {
        if (lateEntryWindowDays < 0) {
            throw new IllegalArgumentException("The late-entry window cannot be negative: " + lateEntryWindowDays);
        }
        if (idleLockMinutes < 1) {
            throw new IllegalArgumentException("The idle lock needs at least one minute: " + idleLockMinutes);
        }
        enabledPacks = Set.copyOf(enabledPacks);
        severities = Map.copyOf(severities);
    }

    /** @return the rule settings the agency's severities make (rules set {@code OFF} are disabled) */
    public RuleSettings ruleSettings() {
        RuleSettings settings = RuleSettings.DEFAULTS;
        for (Map.Entry<String, String> entry : severities.entrySet()) {
            String level = entry.getValue().strip().toUpperCase(Locale.ROOT);
            settings = "OFF".equals(level) ? settings.withDisabled(entry.getKey())
                    : settings.withSeverity(entry.getKey(), Severity.valueOf(level));
        }
        return settings;
    }

    /** @return whether {@code pack} is in force */
    public boolean uses(RulePack pack) {
        return enabledPacks.contains(Objects.requireNonNull(pack, "pack"));
    }
}
