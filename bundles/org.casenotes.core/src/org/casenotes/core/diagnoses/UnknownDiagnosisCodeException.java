package org.casenotes.core.diagnoses;

import java.util.List;

/** A code that is not in the list of ICD-10-CM codes, with the codes nearest to it for the clinician to choose from. */
public final class UnknownDiagnosisCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<IcdCode> nearest;

    UnknownDiagnosisCodeException(String message, List<IcdCode> nearest) {
        super(message);
        this.nearest = List.copyOf(nearest);
    }

    /** @return the codes nearest to the one refused, nearest first (may be empty) */
    public List<IcdCode> nearest() {
        return nearest;
    }
}
