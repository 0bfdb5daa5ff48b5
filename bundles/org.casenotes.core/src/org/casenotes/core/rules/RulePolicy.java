package org.casenotes.core.rules;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

import org.casenotes.core.lifecycle.SigningDeadline;

/**
 * What an agency decides about the rules for all its notes: the rule packs it switches off (by pack id, so a pack a
 * plugin adds is in force until the agency switches it off), its severities and rules switched off
 * ({@link RuleSettings}), and its signing window in days for templates that set none. The workbench reads it from the
 * agency settings, the command line from the same settings file ({@link AgencyRulePolicy}).
 *
 * @param packsOff          ids of the rule packs the agency does not use
 * @param signingWindowDays calendar days after the day of service before a note is a late entry, unless its template
 *                          sets a window
 * @param settings          the agency's severities and disabled rules, which each template's settings override
 */
public record RulePolicy(Set<String> packsOff, int signingWindowDays, RuleSettings settings) {

    /** Every pack in force, a 3-day window, no overrides: the policy of an agency that changed nothing. */
    public static final RulePolicy DEFAULT = new RulePolicy(Set.of(), 3, RuleSettings.DEFAULTS);

    public RulePolicy {
        packsOff = Set.copyOf(packsOff);
        Objects.requireNonNull(settings, "settings");
        if (signingWindowDays < 0) {
            throw new IllegalArgumentException("The signing window cannot be negative: " + signingWindowDays);
        }
    }

    /** @return whether the agency keeps pack {@code packId} in force */
    public boolean uses(String packId) {
        return !packsOff.contains(packId);
    }

    /** @return the agency's signing-window policy, days counted in {@code zone} */
    public SigningDeadline deadline(ZoneId zone) {
        return new SigningDeadline(signingWindowDays, zone);
    }
}
