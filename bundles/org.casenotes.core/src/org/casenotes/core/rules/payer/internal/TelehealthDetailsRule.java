package org.casenotes.core.rules.payer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.TelehealthDetails;

/**
 * {@code payer.telehealth}: a telehealth session must show how it was delivered (audio or video), where the client
 * and the clinician were, and the client's consent. Read from the note's fields ({@code telehealthMode},
 * {@code clientLocation}, {@code clinicianLocation}, {@code telehealthConsent}) or else the session's
 * {@link TelehealthDetails}; one finding lists everything missing.
 */
public final class TelehealthDetailsRule extends PayerRule {

    static final String MODE = "telehealthMode";
    static final String CLIENT_LOCATION = "clientLocation";
    static final String CLINICIAN_LOCATION = "clinicianLocation";
    static final String CONSENT = "telehealthConsent";

    public TelehealthDetailsRule() {
        super("payer.telehealth", Severity.ERROR,
                "A telehealth session must document audio or video, the client's and the clinician's locations, "
                        + "and the client's consent.",
                PayerSources.TELEHEALTH);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        if (!note.isTelehealth()) {
            return;
        }
        TelehealthDetails details = note.session().map(Session::getTelehealth).orElse(null);
        List<String> missing = new ArrayList<>();
        String firstField = null;
        if (note.choice(MODE).isEmpty() && (details == null || details.getMode() == null)) {
            missing.add("whether it was by video or audio only");
            firstField = MODE;
        }
        if (note.text(CLIENT_LOCATION).isEmpty() && blank(details == null ? null : details.getClientLocation())) {
            missing.add("where the client was");
            firstField = firstField == null ? CLIENT_LOCATION : firstField;
        }
        if (note.text(CLINICIAN_LOCATION).isEmpty()
                && blank(details == null ? null : details.getClinicianLocation())) {
            missing.add("where you were");
            firstField = firstField == null ? CLINICIAN_LOCATION : firstField;
        }
        boolean consent = note.flag(CONSENT).or(() -> Optional.ofNullable(details)
                .map(TelehealthDetails::isConsentObtained)).orElse(false);
        if (!consent) {
            missing.add("that the client consented to telehealth");
            firstField = firstField == null ? CONSENT : firstField;
        }
        if (!missing.isEmpty()) {
            findings.add(finding("This telehealth session does not document " + String.join(", ", missing) + ".",
                    firstField));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
