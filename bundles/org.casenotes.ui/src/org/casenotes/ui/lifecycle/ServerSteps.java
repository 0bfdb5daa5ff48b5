package org.casenotes.ui.lifecycle;

/**
 * What the clinician is told when a step of a note's lifecycle (signing, co-signing, submitting, returning, an
 * addendum) meets an agency server that cannot be reached: the step is refused, because it counts only once the
 * server has it.
 */
final class ServerSteps {

    private ServerSteps() {
    }

    /**
     * @param step the step's title, e.g. "Sign Note"
     * @return the refusal
     */
    static String refused(String step) {
        return step + " was refused: the agency server cannot be reached, and a signature or review step counts only"
                + " once the server has it. Nothing was signed or changed. Your draft stays open; saving it keeps it on"
                + " this computer, encrypted, until the server can be reached. Try again then.";
    }
}
