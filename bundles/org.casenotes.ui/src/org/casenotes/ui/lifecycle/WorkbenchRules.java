package org.casenotes.ui.lifecycle;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.completeness.RuleEngineSigningGate;
import org.casenotes.core.rules.integrity.IntegrityPack;
import org.casenotes.core.rules.payer.PayerPack;
import org.casenotes.core.rules.registry.RuleContributions;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.ui.preferences.AgencySettings.RulePack;
import org.casenotes.ui.preferences.AgencySettings;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The rules and the note lifecycle under one set of {@link AgencySettings}: the rule packs the agency keeps in force,
 * with its severities, and its signing window. Make a new one when the settings change.
 */
public final class WorkbenchRules {

    private final AgencySettings agency;
    private final Clock clock;
    private final RuleEngine engine;
    private final SigningDeadline deadline;

    /**
     * @param agency the agency settings
     * @param clock  the time source of signatures and late-entry decisions
     */
    public WorkbenchRules(AgencySettings agency, Clock clock) {
        this.agency = agency;
        this.clock = clock;
        this.deadline = new SigningDeadline(agency.lateEntryWindowDays(), ZoneId.systemDefault());
        List<Rule> rules = new ArrayList<>();
        if (agency.uses(RulePack.LANGUAGE)) {
            rules.addAll(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
        }
        if (agency.uses(RulePack.COMPLETENESS)) {
            rules.addAll(CompletenessPack.rules());
        }
        if (agency.uses(RulePack.PAYER)) {
            rules.addAll(PayerPack.rules(deadline, clock));
        }
        if (agency.uses(RulePack.INTEGRITY)) {
            rules.addAll(IntegrityPack.rules());
        }
        this.engine = new RuleEngine(rules);
    }

    /** @return the rules in force */
    public RuleEngine engine() {
        return engine;
    }

    /** @return the agency settings these rules apply */
    public AgencySettings agency() {
        return agency;
    }

    /** @return every finding of {@code note}, whose client is {@code client} (or null if not loaded) */
    public List<Finding> check(Note note, FormDefinition form, Client client) {
        return engine.evaluate(new NoteTextContext(note, form, agency.ruleSettings(), client));
    }

    /** @return the note lifecycle whose signing gate is these rules, with the client's record as context */
    public NoteLifecycle lifecycle(Client client) {
        RuleEngineSigningGate gate = new RuleEngineSigningGate(engine,
                (note, form) -> new NoteTextContext(note, form, agency.ruleSettings(), client));
        return new NoteLifecycle(clock, gate, deadline);
    }
}
