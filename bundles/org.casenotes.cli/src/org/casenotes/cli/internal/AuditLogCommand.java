package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.server.AgencyServer;

/**
 * {@code casenotes audit-log verify CASELOAD}: re-computes the caseload's audit hash chain, compares every stored
 * record with the digest its last audit entry sealed, and checks that the log still reaches the last entry the
 * caseload header recorded (so entries cut from the end are found). The caseload is opened for reading: a caseload
 * that fails is left byte for byte as it was; one that verifies gains one audit entry recording the check.
 * {@code casenotes audit-log verify jdbc:postgresql://HOST/DB --user USER} checks an agency server's trail the same
 * way, as any of its accounts (every account may verify the whole trail without reading a record), with the
 * password from {@value ServerCommand#PASSWORD_VARIABLE} or the terminal; its end is checked against the end the
 * server records apart from the log, and entries hidden from the chain are reported. Exit 0 intact, 1 altered or
 * damaged, 2 could not run.
 */
public final class AuditLogCommand implements Command {

    private static final String ACTOR = "casenotes-audit-log";
    private static final String USAGE = "verify CASELOAD | verify jdbc:postgresql://HOST/DB --user USER";
    private static final String SERVER = "jdbc:postgresql:";

    private final CaseloadStoreFactory stores;
    private final CaseloadAccess access;
    private final BiFunction<String, String, Optional<char[]>> serverPassword;

    /**
     * @param stores     opens the caseload
     * @param passphrase supplies the passphrase, or nothing when none can be had
     */
    public AuditLogCommand(CaseloadStoreFactory stores, Supplier<Optional<char[]>> passphrase) {
        this(stores, passphrase, ServerCommand::environmentOrConsole);
    }

    /**
     * @param stores         opens the caseload
     * @param passphrase     supplies the passphrase, or nothing when none can be had
     * @param serverPassword supplies an agency server account's password given the environment variable that may
     *                       hold it and the account, or nothing
     */
    public AuditLogCommand(CaseloadStoreFactory stores, Supplier<Optional<char[]>> passphrase,
            BiFunction<String, String, Optional<char[]>> serverPassword) {
        this.stores = stores;
        this.access = new CaseloadAccess("casenotes audit-log verify", passphrase);
        this.serverPassword = serverPassword;
    }

    @Override
    public String name() {
        return "audit-log";
    }

    @Override
    public String usage() {
        return USAGE + "   check that the caseload's audit trail and records are as recorded (nothing cut,"
                + " changed or added)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() >= 2 && arguments.get(0).equals("verify") && arguments.get(1).startsWith(SERVER)) {
            return verifyServer(arguments, out, err);
        }
        if (arguments.size() != 2 || !arguments.get(0).equals("verify") || arguments.get(1).startsWith("--")) {
            err.println("usage: casenotes audit-log " + USAGE);
            return ExitCode.CANNOT_RUN;
        }
        Path caseload = Path.of(arguments.get(1));
        Optional<char[]> secret = access.passphrase(err);
        if (secret.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        VerificationReport report;
        try (CaseloadStore store = stores.openForReading(caseload, secret.get(), ACTOR)) {
            report = store.auditLog().verify();
        } catch (CaseloadStoreException e) {
            return access.failed(caseload, e, true, err);
        }
        return report(caseload.toString(), "the caseload header", report, out);
    }

    private int verifyServer(List<String> arguments, PrintStream out, PrintStream err) {
        String prefix = "casenotes audit-log verify: ";
        if (arguments.size() != 4 || !arguments.get(2).equals("--user")) {
            err.println("usage: casenotes audit-log " + USAGE);
            return ExitCode.CANNOT_RUN;
        }
        String url = arguments.get(1);
        String user = arguments.get(3);
        Optional<char[]> password = serverPassword.apply(ServerCommand.PASSWORD_VARIABLE, user);
        if (password.isEmpty()) {
            err.println(prefix + "no password for " + user + "; set " + ServerCommand.PASSWORD_VARIABLE
                    + " or run on a terminal");
            return ExitCode.CANNOT_RUN;
        }
        VerificationReport report;
        try (CaseloadStore store = AgencyServer.at(url).open(user, password.get())) {
            report = store.auditLog().verify();
        } catch (CaseloadStoreException | IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        return report(url.replaceAll("\\?.*", ""), "the server, apart from the log,", report, out);
    }

    private static int report(String caseload, String endKeeper, VerificationReport report, PrintStream out) {
        if (!report.isIntact()) {
            out.printf("The audit trail of %s FAILED verification: %d %s found.%n", caseload,
                    report.findings().size(), report.findings().size() == 1 ? "problem" : "problems");
            for (TamperFinding finding : report.findings()) {
                out.println("  " + finding.description());
            }
            out.println("The caseload was left as it was. Restore it from a backup made before the problem, or keep"
                    + " it as evidence.");
            return ExitCode.ERRORS_FOUND;
        }
        out.printf("The audit trail of %s is intact: %,d entries re-hashed, %,d records match the content their"
                + " audit entries sealed.%n", caseload, report.auditEntriesChecked(), report.recordsChecked());
        out.println(report.isEndAnchored()
                ? "Its end is as recorded: the log still reaches entry #" + report.anchoredSequence()
                        + ", the last one " + endKeeper + " vouches for."
                : "Its end could not be checked: the caseload was last written by an older Casenotes, which did not"
                        + " record the log's end. Open it once in the workbench to start recording it.");
        return ExitCode.CLEAN;
    }
}
