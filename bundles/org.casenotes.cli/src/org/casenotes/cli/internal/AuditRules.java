package org.casenotes.cli.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.completeness.CompletenessPack;
import org.casenotes.core.rules.integrity.IntegrityPack;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.payer.PayerPack;

/** The rules an audit runs: completeness, payer (US baseline), integrity, and the installed language and privacy lists. */
public final class AuditRules {

    /** Agency default signing window when the caseload does not say otherwise (Agency.signingWindowDays). */
    static final int DEFAULT_WINDOW_DAYS = 3;

    private AuditRules() {
    }

    /**
     * @param language the language and privacy rules from the installed word lists
     * @param clock "now", for drafts whose signing window has closed
     * @return every rule of the standard packs
     */
    public static List<Rule> standard(LanguagePack language, Clock clock) {
        List<Rule> rules = new ArrayList<>(CompletenessPack.rules());
        rules.addAll(PayerPack.rules(new SigningDeadline(DEFAULT_WINDOW_DAYS, ZoneId.systemDefault()), clock));
        rules.addAll(IntegrityPack.rules());
        rules.addAll(language.rules());
        return rules;
    }
}
