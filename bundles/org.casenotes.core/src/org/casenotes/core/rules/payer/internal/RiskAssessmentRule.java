package org.casenotes.core.rules.payer.internal;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;

/**
 * {@code payer.risk-assessment}: every psychotherapy note records a risk assessment: the clinician's rating of the
 * risk of suicide or self-harm ({@code suicideRisk}) and of harm to others ({@code harmToOthers}).
 */
public final class RiskAssessmentRule extends PayerRule {

    public RiskAssessmentRule() {
        super("payer.risk-assessment", Severity.ERROR,
                "Each session note rates the risk of suicide or self-harm and of harm to others.",
                PayerSources.SUICIDE_RISK);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        if (note.choice(RiskIndicators.SUICIDE_RISK).isEmpty()) {
            findings.add(finding("Rate the risk of suicide or self-harm (\u201cnone reported or observed\u201d "
                    + "is a rating).", RiskIndicators.SUICIDE_RISK));
        }
        if (note.choice(RiskIndicators.HARM_TO_OTHERS).isEmpty()) {
            findings.add(finding("Rate the risk of harm to others.", RiskIndicators.HARM_TO_OTHERS));
        }
    }
}
