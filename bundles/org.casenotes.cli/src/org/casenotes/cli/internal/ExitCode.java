package org.casenotes.cli.internal;

/** Exit codes shared by every command. */
public final class ExitCode {

    public static final int CLEAN = 0;
    public static final int ERRORS_FOUND = 1;
    public static final int CANNOT_RUN = 2;

    private ExitCode() {
    }
}
