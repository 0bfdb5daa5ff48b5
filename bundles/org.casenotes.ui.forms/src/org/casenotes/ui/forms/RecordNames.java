package org.casenotes.ui.forms;

import java.util.Optional;

/**
 * Names the note editor shows for ids the note refers to: the client (in the tab and above the form), the author of
 * an addendum, the supervisor who returned a note, the earlier note a value was carried forward from. Without names
 * the editor says "an earlier note" or shows the id.
 */
public interface RecordNames {

    /** Knows no names. */
    RecordNames NONE = new RecordNames() {
        @Override
        public Optional<String> clinician(String clinicianId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> note(String noteId) {
            return Optional.empty();
        }
    };

    /** @return the client's name as the caseload lists it, e.g. "Dana Whitfield (Dee)"; empty where not known */
    default Optional<String> client(String clientId) {
        return Optional.empty();
    }

    /**
     * @return whose note it is, for the note editor's tab and the line above its form: by default the
     *         {@link #client name} with the id; implementations that know the client's date of birth add it
     */
    default Optional<ClientIdentity> identity(String clientId) {
        return client(clientId).map(name -> new ClientIdentity(name, clientId, null));
    }

    /**
     * What the record says about a questionnaire being filled in: the change of {@code total} from the client's last
     * total of the same instrument, read against the instrument's published thresholds. Empty by default and where
     * the client has no earlier total.
     *
     * @param instrumentId the instrument (e.g. {@code std.instruments.PHQ9})
     * @param total        the total so far
     * @param noteId       the note being written (its own result, once signed, is not "the last score")
     */
    default Optional<org.casenotes.core.measures.ScoreChange> changeFromLastScore(String instrumentId, int total,
            String noteId) {
        return Optional.empty();
    }

    /** @return the clinician's name with credentials, e.g. "Ada Okafor, LCSW" */
    Optional<String> clinician(String clinicianId);

    /** @return how to refer to a note of the same client, e.g. "SOAP progress note of 2026-11-20" */
    Optional<String> note(String noteId);
}
