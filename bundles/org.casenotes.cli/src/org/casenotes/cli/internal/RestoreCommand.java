package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;

/**
 * {@code casenotes restore FILE CASELOAD}: restores a backup as a caseload in a new (or empty) folder, never over an
 * existing caseload. The backup is checked first (its checksum, the passphrase, the audit chain up to the end the
 * backup recorded, every record against its sealed digest); nothing appears at CASELOAD unless all of that passes.
 * Exit 0 restored, 1 the backup is damaged or fails verification, 2 could not run.
 */
public final class RestoreCommand implements Command {

    private static final String ACTOR = "casenotes-restore";
    private static final String USAGE = "FILE CASELOAD";

    private final CaseloadStoreFactory stores;
    private final CaseloadAccess access;

    /**
     * @param stores     restores the backup
     * @param passphrase supplies the backup's passphrase, or nothing when none can be had
     */
    public RestoreCommand(CaseloadStoreFactory stores, Supplier<Optional<char[]>> passphrase) {
        this.stores = stores;
        this.access = new CaseloadAccess("casenotes restore", passphrase);
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return USAGE + "   check a backup and restore it into a new caseload folder (never over a caseload)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2 || arguments.stream().anyMatch(a -> a.startsWith("--"))) {
            return access.usage(err, USAGE);
        }
        Path backup = Path.of(arguments.get(0));
        Path caseload = Path.of(arguments.get(1));
        if (!Files.isRegularFile(backup)) {
            err.println("casenotes restore: " + backup + " is not a file");
            return ExitCode.CANNOT_RUN;
        }
        Optional<char[]> secret = access.passphrase(err);
        if (secret.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        try (CaseloadStore restored = stores.restore(backup, secret.get(), caseload, ACTOR)) {
            out.printf("Restored %s into %s: its audit trail (%,d entries, up to the end the backup recorded) and"
                    + " every record verified before the caseload was put in place.%n", backup, caseload,
                    restored.auditLog().size());
        } catch (CaseloadStoreException e) {
            return access.failed(backup, e, true, err);
        }
        return ExitCode.CLEAN;
    }
}
