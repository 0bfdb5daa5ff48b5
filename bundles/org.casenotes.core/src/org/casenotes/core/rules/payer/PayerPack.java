package org.casenotes.core.rules.payer;

import java.time.Clock;
import java.util.List;

import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.payer.internal.CptTimeBandRule;
import org.casenotes.core.rules.payer.internal.DiagnosisInPlanRule;
import org.casenotes.core.rules.payer.internal.ExtendedSessionReasonRule;
import org.casenotes.core.rules.payer.internal.GoalsAddressedRule;
import org.casenotes.core.rules.payer.internal.RiskAssessmentRule;
import org.casenotes.core.rules.payer.internal.SafetyPlanRule;
import org.casenotes.core.rules.payer.internal.SignatureRule;
import org.casenotes.core.rules.payer.internal.TelehealthDetailsRule;
import org.casenotes.core.rules.payer.internal.TimelinessRule;
import org.casenotes.core.rules.payer.internal.TreatmentPlanRule;

/**
 * The US-baseline payer rule pack ({@code org.casenotes.core.payer}): what insurers and auditors check in a
 * psychotherapy progress note. Rules read the EMF note, its form and the client's record through
 * {@link org.casenotes.core.rules.NoteContext#lookup(Class)} (see {@link ServiceNote}); on a plain-text context
 * they find nothing.
 */
public final class PayerPack {

    private PayerPack() {
    }

    /**
     * @param deadline the agency's signing-window policy
     * @param clock "now", for drafts whose signing window has closed
     * @return the rules of the pack
     */
    public static List<Rule> rules(SigningDeadline deadline, Clock clock) {
        return List.of(new CptTimeBandRule(), new ExtendedSessionReasonRule(), new TelehealthDetailsRule(),
                new GoalsAddressedRule(), new TreatmentPlanRule(), new DiagnosisInPlanRule(), new RiskAssessmentRule(),
                new SafetyPlanRule(), new SignatureRule(), new TimelinessRule(deadline, clock));
    }
}
