package org.casenotes.cli.internal;

/**
 * Where the details (the stack trace) of a command's unexpected failure are kept, so that stderr needs only one line
 * saying what failed and where to look.
 */
@FunctionalInterface
public interface FailureLog {

    /**
     * Keeps the details of a failure.
     *
     * @param command the command that failed, e.g. {@code lint}
     * @param failure what it failed with
     * @return where the details are, for the user (a file path), or a sentence saying why they could not be kept
     */
    String record(String command, Throwable failure);
}
