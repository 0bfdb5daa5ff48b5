package org.casenotes.cli.internal;

/** A file named on the command line that is not read, with the reason in words (e.g. "no such file"). */
final class InputRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    InputRefusedException(String reason) {
        super(reason);
    }
}
