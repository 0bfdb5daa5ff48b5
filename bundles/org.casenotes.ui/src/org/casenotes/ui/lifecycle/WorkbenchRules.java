package org.casenotes.ui.lifecycle;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.completeness.internal.RuleEngineSigningGate;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.ui.preferences.AgencySettings;

/**
 * The rules and the note lifecycle under one set of {@link AgencySettings}: the installed rule catalogue's engine for
 * the agency's policy (the packs it keeps in force, each note's template picking among them, its severities) and its
 * signing window for templates that set none. Make a new one when the settings change.
 */
public final class WorkbenchRules {

    private final AgencySettings agency;
    private final Clock clock;
    private final RuleCatalogue catalogue;
    private final SigningDeadline deadline;

    /**
     * @param agency the agency settings
     * @param clock  the time source of signatures and late-entry decisions
     */
    public WorkbenchRules(AgencySettings agency, Clock clock) {
        this(agency, clock, RuleCatalogue.installed());
    }

    /**
     * @param agency    the agency settings
     * @param clock     the time source of signatures and late-entry decisions
     * @param catalogue the rules installed
     */
    public WorkbenchRules(AgencySettings agency, Clock clock, RuleCatalogue catalogue) {
        this.agency = agency;
        this.clock = clock;
        this.catalogue = catalogue;
        this.deadline = agency.rulePolicy().deadline(ZoneId.systemDefault());
    }

    /** @return the rules in force, with the rule services registered now */
    public RuleEngine engine() {
        return catalogue.engine(agency.rulePolicy(), clock);
    }

    /** @return the agency settings these rules apply */
    public AgencySettings agency() {
        return agency;
    }

    /** @return every finding of {@code note}, whose client is {@code client} (or null if not loaded) */
    public List<Finding> check(Note note, FormDefinition form, Client client) {
        return engine().evaluate(new NoteTextContext(note, form, agency.ruleSettings(), client));
    }

    /** @return the note lifecycle whose signing gate is these rules, with the client's record as context */
    public NoteLifecycle lifecycle(Client client) {
        RuleEngineSigningGate gate = new RuleEngineSigningGate(engine(),
                (note, form) -> new NoteTextContext(note, form, agency.ruleSettings(), client));
        return new NoteLifecycle(clock, gate, deadline);
    }
}
