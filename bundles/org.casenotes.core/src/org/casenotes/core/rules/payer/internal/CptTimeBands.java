package org.casenotes.core.rules.payer.internal;

import java.util.Optional;
import java.util.Set;

/**
 * The CPT time bands of individual psychotherapy: 16-37 minutes 90832, 38-52 minutes 90834, 53 minutes or more
 * 90837; no psychotherapy code below 16 minutes (a unit of time is reached once its midpoint is passed).
 */
public final class CptTimeBands {

    /** Psychotherapy, 30 minutes. */
    public static final String PSYCHOTHERAPY_30 = "90832";
    /** Psychotherapy, 45 minutes. */
    public static final String PSYCHOTHERAPY_45 = "90834";
    /** Psychotherapy, 60 minutes. */
    public static final String PSYCHOTHERAPY_60 = "90837";

    /** Fewest minutes for any psychotherapy code. */
    public static final int MINIMUM_MINUTES = 16;

    private static final Set<String> TIMED_CODES = Set.of(PSYCHOTHERAPY_30, PSYCHOTHERAPY_45, PSYCHOTHERAPY_60);

    private CptTimeBands() {
    }

    /** @return whether {@code code} is one of the time-banded psychotherapy codes 90832, 90834, 90837 */
    public static boolean isTimedPsychotherapy(String code) {
        return TIMED_CODES.contains(code);
    }

    /** @return the code for a session of {@code minutes}, empty below 16 minutes */
    public static Optional<String> codeFor(int minutes) {
        if (minutes < MINIMUM_MINUTES) {
            return Optional.empty();
        }
        if (minutes <= 37) {
            return Optional.of(PSYCHOTHERAPY_30);
        }
        return Optional.of(minutes <= 52 ? PSYCHOTHERAPY_45 : PSYCHOTHERAPY_60);
    }
}
