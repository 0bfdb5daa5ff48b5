package org.casenotes.ui.forms.internal;

import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.registry.RuleContributions;
import org.eclipse.core.runtime.RegistryFactory;

/** The rule engine over the rules installed plugins contribute, built once when the first note is opened. */
final class InstalledRules {

    private static RuleEngine engine;

    private InstalledRules() {
    }

    /** @return the engine; call from the UI thread */
    static RuleEngine engine() {
        if (engine == null) {
            engine = new RuleEngine(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
        }
        return engine;
    }
}
