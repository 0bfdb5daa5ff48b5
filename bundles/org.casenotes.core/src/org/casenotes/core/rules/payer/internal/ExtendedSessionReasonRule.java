package org.casenotes.core.rules.payer.internal;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;

/**
 * {@code payer.extended-session-reason}: a 90837 (53 minutes or more) needs a stated reason for the length in
 * {@code extendedSessionReason}, e.g. crisis content or trauma processing; reviewers deny 90837s without one.
 */
public final class ExtendedSessionReasonRule extends PayerRule {

    static final String REASON_FIELD = "extendedSessionReason";
    private static final int MIN_WORDS = 3;

    public ExtendedSessionReasonRule() {
        super("payer.extended-session-reason", Severity.ERROR,
                "A 90837 (53 minutes or more) needs a stated reason why the session had to be that long.",
                PayerSources.MEDICAL_NECESSITY);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        if (!note.cptCode().filter(CptTimeBands.PSYCHOTHERAPY_60::equals).isPresent()) {
            return;
        }
        String reason = note.text(REASON_FIELD);
        if (reason.isEmpty()) {
            findings.add(finding("Say why the session needed 53 minutes or more (e.g. crisis content, trauma "
                    + "processing); payers deny 90837 without a reason.", REASON_FIELD));
        } else if (reason.split("\\s+").length < MIN_WORDS) {
            findings.add(finding("\u201c" + reason + "\u201d is too short to justify a 90837; say what made the "
                    + "longer session necessary.", REASON_FIELD));
        }
    }
}
