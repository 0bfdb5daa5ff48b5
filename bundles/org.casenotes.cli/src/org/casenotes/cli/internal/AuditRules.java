package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.AgencyRulePolicy;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.registry.RuleCatalogue;

/**
 * The rules an audit runs: the installed rule catalogue's engine under the agency's policy, as the workbench saved it
 * in the data folder that holds the caseload (the packs in force, each note's template picking among them, its
 * severities, its signing window for templates that set none), so the audit finds what the workbench finds. Plugins'
 * rules that are declarative services are included: the audit starts the Service Component Runtime, which the
 * command line's configuration leaves stopped.
 *
 * @param engine   the rules
 * @param agency   the agency's severities and rules switched off, which each template's settings override
 * @param deadline the agency's signing window, for templates that set none
 */
public record AuditRules(RuleEngine engine, RuleSettings agency, SigningDeadline deadline) {

    /** @return the rules of {@code catalogue} under {@code policy} */
    public static AuditRules of(RuleCatalogue catalogue, RulePolicy policy, Clock clock) {
        return new AuditRules(catalogue.engine(policy, clock), policy.settings(),
                policy.deadline(clock.getZone()));
    }

    /**
     * @param caseload a caseload's folder, in a data folder as the workbench keeps it ({@code <data>/caseload})
     * @return the installed rules under the policy of the agency settings in that data folder
     */
    public static AuditRules ofCaseload(Path caseload) {
        Path folder = caseload.toAbsolutePath().normalize();
        return ofDataFolder(folder.getParent() == null ? folder : folder.getParent());
    }

    /**
     * @param dataFolder a data folder as the workbench keeps it, or null for none
     * @return the installed rules under the policy of the agency settings in that data folder (the default policy
     *         without one)
     */
    public static AuditRules ofDataFolder(Path dataFolder) {
        DeclarativeServices.start();
        try {
            return of(RuleCatalogue.installed(), dataFolder == null ? RulePolicy.DEFAULT
                    : AgencyRulePolicy.ofDataFolder(dataFolder), Clock.systemDefaultZone());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the agency settings in " + dataFolder, e);
        }
    }
}
