package org.casenotes.cli.internal;

import java.io.IOException;
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
 * {@code casenotes backup CASELOAD FILE}: writes the whole caseload (psychotherapy notes and audit log included) to
 * one new file, encrypted under the caseload's passphrase, and records the backup in the caseload's audit log (the
 * backup holds that entry). An existing file is never replaced. Exit 0 written, 2 could not run.
 */
public final class BackupCommand implements Command {

    private static final String ACTOR = "casenotes-backup";
    private static final String USAGE = "CASELOAD FILE";

    private final CaseloadStoreFactory stores;
    private final CaseloadAccess access;

    /**
     * @param stores     opens the caseload
     * @param passphrase supplies the passphrase, or nothing when none can be had
     */
    public BackupCommand(CaseloadStoreFactory stores, Supplier<Optional<char[]>> passphrase) {
        this.stores = stores;
        this.access = new CaseloadAccess("casenotes backup", passphrase);
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return USAGE + "   write the whole caseload to one encrypted backup file (never replaces a file)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 2 || arguments.stream().anyMatch(a -> a.startsWith("--"))) {
            return access.usage(err, USAGE);
        }
        Path caseload = Path.of(arguments.get(0));
        Path backup = Path.of(arguments.get(1));
        if (Files.exists(backup)) {
            err.println("casenotes backup: " + backup + " already exists; name a new file (a backup never replaces"
                    + " one)");
            return ExitCode.CANNOT_RUN;
        }
        if (backup.toAbsolutePath().getParent() == null || !Files.isDirectory(backup.toAbsolutePath().getParent())) {
            err.println("casenotes backup: the folder of " + backup + " does not exist");
            return ExitCode.CANNOT_RUN;
        }
        Optional<char[]> secret = access.passphrase(err);
        if (secret.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        long entry;
        try (CaseloadStore store = stores.open(caseload, secret.get(), ACTOR)) {
            store.backupTo(backup);
            entry = store.auditLog().size();
        } catch (CaseloadStoreException e) {
            return access.failed(caseload, e, false, err);
        }
        out.printf("Backed up %s to %s (%s), encrypted under the caseload's passphrase; audit entry #%d records it.%n",
                caseload, backup, size(backup), entry);
        return ExitCode.CLEAN;
    }

    private static String size(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1024 * 1024 ? String.format("%,d KB", Math.max(1, bytes / 1024))
                    : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
