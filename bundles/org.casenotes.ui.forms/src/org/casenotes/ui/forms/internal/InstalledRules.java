package org.casenotes.ui.forms.internal;

import java.time.Clock;

import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.registry.RuleCatalogue;

/**
 * The rule engine the editor checks notes with when its input brings none (the workbench's inputs bring the agency's):
 * the installed rule catalogue under the policy of an agency that changed nothing, each note's template picking its
 * packs and signing window as everywhere else.
 */
public final class InstalledRules {

    private InstalledRules() {
    }

    /** @return the engine, with the rule services registered now */
    public static RuleEngine engine() {
        return RuleCatalogue.installed().engine(RulePolicy.DEFAULT, Clock.systemDefaultZone());
    }
}
