package org.casenotes.demo;

import java.util.Optional;

import org.casenotes.core.lifecycle.ValueEditor;

/**
 * The few notes of the demo that carry a problem on purpose, so that a new user sees the workbench find them:
 * <ul>
 * <li>Samira Haddad (C-1003): her second-to-last note is an unsigned, overdue draft that records a plateau without
 * saying why (the setback reason is missing).</li>
 * <li>Marcus Bellamy (C-1007): a signed note from the middle of his treatment uses judgmental wording ("refused",
 * "non-compliant", "resistant").</li>
 * <li>Rosa Delgado Whitaker (C-1010): her latest note is a draft with judgmental wording ("claims", "complains
 * of").</li>
 * <li>Theo Lindqvist (C-1002): a note signed eight days after the session, a late entry with its reason.</li>
 * <li>Jo Whitfield (C-1004): the latest note is an unsigned draft.</li>
 * <li>Lan Nguyen (C-1006): one signed note has an addendum.</li>
 * <li>Elias Brandt (C-1009) and Kwame Asante (C-1011): the latest signed note of Dana Okafor, who practises under
 * supervision, still awaits the supervisor's co-signature (her earlier notes are co-signed).</li>
 * </ul>
 * Every other note is complete: signed notes that give a PHQ-9 or GAD-7 carry all item answers
 * ({@link MeasureAnswers}). So {@code casenotes audit} on the demo reports exactly: the missing setback reason
 * (C-1003), the judgmental wording (C-1007, C-1010), the three unsigned drafts (C-1003, C-1004, C-1010) once
 * their signing windows have closed, and the two missing co-signatures (C-1009, C-1011); the late entry (C-1002)
 * is signed with its reason and the addendum (C-1006) is proper, so neither is a finding.
 */
final class DeliberateProblems {

    /** Why Theo's late note was signed late. */
    static final String LATE_ENTRY_REASON = "Clinician was on unplanned sick leave for a week; the note was "
            + "completed on return from the session outline written the same day.";

    private static final String MISSING_REASON = "C-1003";
    private static final String JUDGMENTAL_SIGNED = "C-1007";
    private static final String JUDGMENTAL_DRAFT = "C-1010";
    private static final String LATE = "C-1002";
    private static final String DRAFT = "C-1004";
    private static final String ADDENDUM = "C-1006";

    private DeliberateProblems() {
    }

    /** Rewrites the values of a note that is meant to carry a problem; leaves every other note alone. */
    static void apply(ClientProfile profile, int index, int count, ValueEditor values) {
        String id = profile.id();
        if (id.equals(MISSING_REASON) && index == count - 2) {
            values.choose("progress", "plateau").clear("setbackReason");
        } else if (id.equals(JUDGMENTAL_SIGNED) && index == count / 2) {
            values.setText("presentation", "Marcus was resistant and uncooperative when asked about his drinking.")
                    .setText("response", "Client refused to go to AA again and remains non-compliant with his "
                            + "medication; he is in denial about his alcoholism.");
        } else if (id.equals(JUDGMENTAL_DRAFT) && index == count - 1) {
            values.setText("clientReport", "Rosa complains of being tired all the time and claims she has no time "
                    + "for herself.");
        }
    }

    /** @return whether the note stays an unsigned draft */
    static boolean staysDraft(ClientProfile profile, int index, int count) {
        String id = profile.id();
        return id.equals(MISSING_REASON) && index == count - 2 || id.equals(JUDGMENTAL_DRAFT) && index == count - 1
                || id.equals(DRAFT) && index == count - 1;
    }

    /** @return how many days after the session the note is signed when it is a late entry; 0 otherwise */
    static int signedLateByDays(ClientProfile profile, int index, int count) {
        return profile.id().equals(LATE) && index == count - 5 ? 8 : 0;
    }

    /** @return the text of an addendum to add after signing, if this note gets one */
    static Optional<String> addendum(ClientProfile profile, int index) {
        if (profile.id().equals(ADDENDUM) && index == 4) {
            return Optional.of("Lan called the next day to say she went to the pharmacy alone again and stayed "
                    + "for the whole visit without an attack.");
        }
        return Optional.empty();
    }
}
