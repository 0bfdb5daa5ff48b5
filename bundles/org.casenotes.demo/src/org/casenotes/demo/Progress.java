package org.casenotes.demo;

/** How a client is doing at one session compared with the start of treatment, as a progress note records it. */
enum Progress {
    IMPROVED("improved", "improving"), MIXED("mixed", "improving"), PLATEAU("plateau", "noChange"),
    SETBACK("setback", "regressed");

    private final String optionId;
    private final String goalProgressId;

    Progress(String optionId, String goalProgressId) {
        this.optionId = optionId;
        this.goalProgressId = goalProgressId;
    }

    /** @return the option id of the {@code progress} field */
    String optionId() {
        return optionId;
    }

    /** @return the option id of the {@code goalProgress} field */
    String goalProgressId() {
        return goalProgressId;
    }

    /** @return whether the note must say why (a setback or a plateau) */
    boolean needsReason() {
        return this == PLATEAU || this == SETBACK;
    }

    /**
     * @param baseline the measure total at intake
     * @param current  the total now (higher is worse)
     * @return the progress the change shows
     */
    static Progress between(int baseline, int current) {
        int better = baseline - current;
        if (better >= 4) {
            return IMPROVED;
        }
        if (better <= -3) {
            return SETBACK;
        }
        return Math.abs(better) <= 1 ? PLATEAU : MIXED;
    }
}
