package org.casenotes.ui.forms.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.integrity.IntegrityPack;
import org.casenotes.core.rules.payer.PayerPack;
import org.casenotes.core.rules.registry.RuleContributions;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The rule engine the editor checks notes with unless its input brings one: the language and privacy rules of the
 * installed word lists, and the completeness, payer and integrity packs, as the command line's audit runs them.
 * Built once, when the first note is opened.
 */
public final class InstalledRules {

    /** The agency default signing window until agency settings reach the editor. */
    private static final int DEFAULT_WINDOW_DAYS = 3;

    private static RuleEngine engine;

    private InstalledRules() {
    }

    /** @return the engine; call from the UI thread */
    public static RuleEngine engine() {
        if (engine == null) {
            List<Rule> rules = new ArrayList<>(new RuleContributions(RegistryFactory.getRegistry()).languagePack().rules());
            rules.addAll(CompletenessPack.rules());
            rules.addAll(PayerPack.rules(new SigningDeadline(DEFAULT_WINDOW_DAYS, ZoneId.systemDefault()),
                    Clock.systemDefaultZone()));
            rules.addAll(IntegrityPack.rules());
            engine = new RuleEngine(rules);
        }
        return engine;
    }
}
