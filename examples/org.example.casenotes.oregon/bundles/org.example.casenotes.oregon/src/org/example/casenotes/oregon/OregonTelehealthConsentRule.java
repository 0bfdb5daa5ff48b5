package org.example.casenotes.oregon;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;

/**
 * {@code oregon.telehealth-consent}: a service delivered by telehealth records, in the note itself, that the client
 * consented to telehealth (the standard progress-note field {@value #CONSENT_FIELD}), as OAR 410-120-1990 asks the
 * record to show. Casenotes' US baseline ({@code payer.telehealth}) also accepts consent kept only in the session's
 * details; an Oregon reviewer reads the note.
 * <p>
 * Registered as a declarative service in {@code OSGI-INF/telehealth-consent-rule.xml}.
 */
public final class OregonTelehealthConsentRule extends DescribedRule {

    /** The yes/no field of the standard progress-note base that records the consent. */
    public static final String CONSENT_FIELD = "telehealthConsent";

    public OregonTelehealthConsentRule() {
        super("oregon.telehealth-consent", RuleCategory.PAYER, Severity.ERROR,
                "A telehealth note records the client's consent to telehealth in the note itself (Oregon).",
                OregonSources.TELEHEALTH);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<ServiceNote> service = ServiceNote.of(context).filter(ServiceNote::isTelehealth);
        if (service.isEmpty() || service.get().flag(CONSENT_FIELD).orElse(false)) {
            return List.of();
        }
        return List.of(new Finding(id(), defaultSeverity(),
                "Oregon: record in the note that the client consented to telehealth (OAR 410-120-1990).",
                CONSENT_FIELD, null, List.of(), source()));
    }
}
