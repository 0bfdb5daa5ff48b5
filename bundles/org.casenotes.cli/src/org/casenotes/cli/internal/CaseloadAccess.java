package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;

/**
 * What the caseload commands ({@code audit-log}, {@code backup}, {@code restore}) share: the passphrase (from
 * {@value AuditCommand#PASSPHRASE_VARIABLE} or a prompt, as {@code audit} takes it) and one line on stderr for a
 * store failure, whose message the store words for users.
 *
 * @param command    the command's words, e.g. {@code "casenotes backup"}, starting every message
 * @param passphrase supplies the passphrase, or nothing when none can be had
 */
record CaseloadAccess(String command, Supplier<Optional<char[]>> passphrase) {

    /**
     * @param err where to say that there is none
     * @return the passphrase, or empty after saying why there is none
     */
    Optional<char[]> passphrase(PrintStream err) {
        Optional<char[]> secret = passphrase.get();
        if (secret.isEmpty()) {
            err.println(command + ": no passphrase; set " + AuditCommand.PASSPHRASE_VARIABLE + " or run on a terminal");
        }
        return secret;
    }

    /**
     * Reports a store failure in one line.
     *
     * @param about            the caseload or backup concerned
     * @param failure          the failure
     * @param damageIsAFinding true if a damaged caseload or backup is what the command looks for (exit 1), false if
     *                         it only keeps the command from running (exit 2)
     * @param err              stderr
     * @return the exit code
     */
    int failed(Path about, CaseloadStoreException failure, boolean damageIsAFinding, PrintStream err) {
        err.println(command + ": " + about + ": " + failure.getMessage());
        return damageIsAFinding && failure instanceof CorruptCaseloadException ? ExitCode.ERRORS_FOUND
                : ExitCode.CANNOT_RUN;
    }

    /**
     * @param err where to print the usage
     * @param usage the arguments expected
     * @return {@link ExitCode#CANNOT_RUN}
     */
    int usage(PrintStream err, String usage) {
        err.println("usage: " + command + " " + usage);
        return ExitCode.CANNOT_RUN;
    }
}
