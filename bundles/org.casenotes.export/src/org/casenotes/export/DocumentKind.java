package org.casenotes.export;

import java.util.Locale;
import java.util.Optional;

import org.casenotes.model.form.FormKind;

/**
 * The kinds of document a records request can ask for: the kinds of clinical notes and letters. Psychotherapy notes
 * have no kind here on purpose: HIPAA (45 CFR 164.501, 164.524) keeps them out of a client's designated record set,
 * so no request can include them.
 */
public enum DocumentKind {
    /** Progress notes (SOAP, DAP, BIRP, GIRP). */
    PROGRESS_NOTE("Progress notes"),
    /** Intake assessments. */
    INTAKE("Intake assessments"),
    /** Treatment plans. */
    TREATMENT_PLAN("Treatment plans"),
    /** Treatment plan reviews. */
    PLAN_REVIEW("Plan reviews"),
    /** Discharge summaries. */
    DISCHARGE("Discharge summaries"),
    /** Contact records. */
    CONTACT("Contact records"),
    /** Session summaries. */
    SESSION_SUMMARY("Session summaries"),
    /** Letters sent about or to the client. */
    LETTER("Letters"),
    /** The client's measures and treatment-plan goals over time (charts where a display draws them). */
    MEASURES("Measures and goals over time");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** @return the kind's plural name for dialogs, cover pages and messages, e.g. "Progress notes" */
    public String label() {
        return label;
    }

    /** @return the name used on the command line and in the machine-readable file, e.g. {@code progress-note} */
    public String token() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the kind named {@code token} (as {@link #token()} writes it), if there is one */
    public static Optional<DocumentKind> ofToken(String token) {
        for (DocumentKind kind : values()) {
            if (kind.token().equals(token)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @param form the kind of a note's form
     * @return the document kind, or empty for psychotherapy notes, which are never exported
     */
    public static Optional<DocumentKind> of(FormKind form) {
        return switch (form) {
        case PROGRESS -> Optional.of(PROGRESS_NOTE);
        case INTAKE -> Optional.of(INTAKE);
        case TREATMENT_PLAN -> Optional.of(TREATMENT_PLAN);
        case PLAN_REVIEW -> Optional.of(PLAN_REVIEW);
        case DISCHARGE -> Optional.of(DISCHARGE);
        case CONTACT -> Optional.of(CONTACT);
        case SESSION_SUMMARY -> Optional.of(SESSION_SUMMARY);
        case LETTER -> Optional.of(LETTER);
        case PSYCHOTHERAPY -> Optional.empty();
        };
    }
}
