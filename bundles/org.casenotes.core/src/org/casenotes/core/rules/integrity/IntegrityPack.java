package org.casenotes.core.rules.integrity;

import java.util.List;

import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.integrity.internal.ClonedNarrativeRule;
import org.casenotes.core.rules.integrity.internal.UnreviewedCarryForwardRule;

/**
 * The integrity rule pack ({@code org.casenotes.core.integrity}): cloned narratives and unreviewed carried-forward
 * text. The clone rule keeps a per-note fingerprint cache, so use one instance per application.
 */
public final class IntegrityPack {

    private IntegrityPack() {
    }

    /** @return new instances of the pack's rules */
    public static List<Rule> rules() {
        return List.of(new ClonedNarrativeRule(), new UnreviewedCarryForwardRule());
    }
}
