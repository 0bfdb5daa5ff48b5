package org.casenotes.ui.preferences;

import java.util.Map;
import java.util.Set;

import org.casenotes.core.rules.AgencyRulePolicy;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.RuleSettings;

/**
 * The agency's policies as this workbench applies them: the signing window after which a note is a late entry, the
 * rule packs switched off (by pack id, so the packs plugins add are in force until switched off) and the severity the
 * agency gives single rules, and how long the caseload stays unlocked when idle.
 *
 * @param lateEntryWindowDays calendar days after the day of service before signing makes a note a late entry, for
 *                            templates that set no window
 * @param idleLockMinutes     minutes without use after which the caseload locks
 * @param packsOff            ids of the rule packs not in force
 * @param severities          the agency's severity per rule id; {@code OFF} switches a rule off
 */
public record AgencySettings(int lateEntryWindowDays, int idleLockMinutes, Set<String> packsOff,
        Map<String, String> severities) {

    public AgencySettings {
        if (lateEntryWindowDays < 0) {
            throw new IllegalArgumentException("The late-entry window cannot be negative: " + lateEntryWindowDays);
        }
        if (idleLockMinutes < 1) {
            throw new IllegalArgumentException("The idle lock needs at least one minute: " + idleLockMinutes);
        }
        packsOff = Set.copyOf(packsOff);
        severities = Map.copyOf(severities);
    }

    /** @return the rule settings the agency's severities make (rules set {@code OFF} are disabled) */
    public RuleSettings ruleSettings() {
        return AgencyRulePolicy.settings(severities);
    }

    /** @return the packs, severities and signing window the rule catalogue applies */
    public RulePolicy rulePolicy() {
        return new RulePolicy(packsOff, lateEntryWindowDays, ruleSettings());
    }

    /** @return whether the pack with id {@code packId} is in force */
    public boolean uses(String packId) {
        return !packsOff.contains(packId);
    }
}
