package org.casenotes.core.rules.payer.internal;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;

/**
 * {@code payer.safety-plan}: when the note shows risk ({@link RiskIndicators}: a risk rating above none, or PHQ-9
 * item 9 above 0), it must contain a safety plan ({@code safetyPlan}) and what the client reported and the
 * clinician observed ({@code riskDetails}).
 */
public final class SafetyPlanRule extends PayerRule {

    static final String SAFETY_PLAN = "safetyPlan";
    static final String RISK_DETAILS = "riskDetails";

    public SafetyPlanRule() {
        super("payer.safety-plan", Severity.ERROR,
                "When risk is present (any risk rating above none, or PHQ-9 item 9 above 0) the note contains a "
                        + "safety plan and the details of the risk.",
                PayerSources.SUICIDE_RISK);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        List<String> reasons = RiskIndicators.reasons(note);
        if (reasons.isEmpty()) {
            return;
        }
        String because = " (" + String.join("; ", reasons) + ")";
        if (note.text(SAFETY_PLAN).isEmpty()) {
            findings.add(finding("Risk is present" + because + ": write the safety plan (warning signs, coping "
                    + "steps, people to contact, crisis line 988, making means safer).", SAFETY_PLAN));
        }
        if (note.text(RISK_DETAILS).isEmpty()) {
            findings.add(finding("Risk is present" + because + ": record what the client reported and what you "
                    + "observed.", RISK_DETAILS));
        }
    }
}
