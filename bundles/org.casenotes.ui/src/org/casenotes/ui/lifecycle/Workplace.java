package org.casenotes.ui.lifecycle;

import java.time.Clock;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.Role;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.preferences.AgencySettings;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.preferences.ClinicianProfile;

/**
 * What the lifecycle actions work with, as it is at the moment they run: the open caseload store, the clinician's
 * profile and the rules under the agency's current settings (rebuilt only when the settings change).
 */
public final class Workplace {

    private static WorkbenchRules rules;

    private Workplace() {
    }

    /**
     * @return the open caseload's store
     * @throws IllegalStateException with a message for the clinician when no caseload is open
     */
    public static CaseloadStore store() {
        CaseloadStore store = CaseloadSession.current().store();
        if (store == null || store.isLocked()) {
            throw new IllegalStateException("No caseload is open and unlocked.");
        }
        return store;
    }

    /**
     * @return the clinician profile of the preferences; on an agency server, the account's as the server records it:
     *         its user id, whether it supervises (the server decides who may review, not a checkbox), and the name and
     *         credentials its signatures and co-signatures carry (the same on every workbench, whatever each one's
     *         preferences say)
     */
    public static ClinicianProfile profile() {
        return CaseloadSession.current().agency().map(AgencySession::account)
                .map(account -> new ClinicianProfile(account.userId(), account.displayName(), account.credentials(),
                        account.role() == Role.SUPERVISOR))
                .orElseGet(CasenotesPreferences::profile);
    }

    /**
     * @return who signs letters: as {@link #profile()} (on an agency server, the account's id, name and credentials),
     *         with the license number, phone and e-mail of the preferences
     */
    public static org.casenotes.core.letters.LetterAuthor letterAuthor() {
        org.casenotes.core.letters.LetterAuthor preferred = CasenotesPreferences.letterAuthor();
        ClinicianProfile signer = profile();
        return new org.casenotes.core.letters.LetterAuthor(signer.id(), signer.name(), signer.credentials(),
                preferred.licenseNumber(), preferred.phone(), preferred.email());
    }

    /** @return the rules under the agency settings of the preferences; call on the display thread */
    public static synchronized WorkbenchRules rules() {
        AgencySettings agency = CasenotesPreferences.agency();
        if (rules == null || !rules.agency().equals(agency)) {
            rules = new WorkbenchRules(agency, Clock.systemDefaultZone());
        }
        return rules;
    }
}
