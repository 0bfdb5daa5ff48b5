package org.casenotes.cli.internal;

import java.io.PrintStream;

/**
 * The one line a command's unexpected failure leaves on stderr: which command failed, with what, and where the
 * details are. A crash must never read as a clean run, so the exit code is {@link ExitCode#CANNOT_RUN}.
 */
final class UnexpectedFailure {

    /** Longest failure message quoted on the line; the log has all of it. */
    private static final int QUOTED = 240;

    private UnexpectedFailure() {
    }

    /** Keeps the details in {@code log}, prints the line, and returns the exit code. */
    static int report(String command, Throwable failure, FailureLog log, PrintStream err) {
        String where;
        try {
            where = log.record(command, failure);
        } catch (RuntimeException | LinkageError e) {
            where = "no file, because the log failed too (" + e + ")";
        }
        err.println("casenotes " + command + ": failed unexpectedly (" + describe(failure)
                + "); this is a fault of Casenotes, please report it; the details are in " + where);
        return ExitCode.CANNOT_RUN;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().replaceAll("\\s+", " ");
        String text = failure.getClass().getSimpleName() + message;
        return text.length() > QUOTED ? text.substring(0, QUOTED) + "…" : text;
    }
}
