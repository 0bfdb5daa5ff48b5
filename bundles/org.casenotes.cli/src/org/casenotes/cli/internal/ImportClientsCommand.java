package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.clientimport.ClientImportException;
import org.casenotes.core.clientimport.ColumnMapping;
import org.casenotes.core.clientimport.CsvTable;
import org.casenotes.core.clientimport.ImportPlan;
import org.casenotes.core.clientimport.ImportRow;
import org.casenotes.core.diagnoses.Icd10CmCodes;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.ClientSummary;

/**
 * {@code casenotes import-clients FILE --caseload DIR [--dry-run] [--skip-bad-rows]}: the workbench's File &gt;
 * Import Clients… without a display, with the columns mapped as guessed from the header. Prints what would be
 * imported and every bad row with its line and reasons. Nothing is saved while any row is bad unless
 * {@code --skip-bad-rows} is given; then the valid rows are saved, in one transaction like every import.
 * {@code --dry-run} saves nothing and opens the caseload read-only. Exit 0 imported (or would be, with nothing bad),
 * 1 bad rows or missing columns (whatever was saved is said), 2 could not run (unreadable file, no caseload).
 */
public final class ImportClientsCommand implements Command {

    private static final String ACTOR = "casenotes-import";
    private static final String USAGE = "FILE --caseload DIR [--dry-run] [--skip-bad-rows]";

    private final CaseloadStoreFactory stores;
    private final CaseloadAccess access;

    /**
     * @param stores     opens the caseload
     * @param passphrase supplies the passphrase, or nothing when none can be had
     */
    public ImportClientsCommand(CaseloadStoreFactory stores, Supplier<Optional<char[]>> passphrase) {
        this.stores = stores;
        this.access = new CaseloadAccess("casenotes import-clients", passphrase);
    }

    @Override
    public String name() {
        return "import-clients";
    }

    @Override
    public String usage() {
        return USAGE + "   add clients (and diagnoses) from a UTF-8 CSV file, all valid rows in one transaction";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        Path caseload = null;
        boolean dryRun = false;
        boolean skipBadRows = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
            case "--dry-run" -> dryRun = true;
            case "--skip-bad-rows" -> skipBadRows = true;
            case "--caseload" -> {
                if (i + 1 >= arguments.size()) {
                    return access.usage(err, USAGE);
                }
                caseload = Path.of(arguments.get(++i));
            }
            default -> {
                if (argument.startsWith("--")) {
                    return access.usage(err, USAGE);
                }
                files.add(argument);
            }
            }
        }
        if (files.size() != 1 || caseload == null) {
            return access.usage(err, USAGE);
        }
        Path file = Path.of(files.get(0));
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (ClientImportException e) {
            err.println(access.command() + ": " + file + ": " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        Optional<char[]> secret = access.passphrase(err);
        if (secret.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        try (CaseloadStore store = dryRun ? stores.openForReading(caseload, secret.get(), ACTOR)
                : stores.open(caseload, secret.get(), ACTOR)) {
            ImportPlan plan = ImportPlan.of(table, ColumnMapping.guess(table),
                    store.listClients().stream().map(ClientSummary::id).toList(), Icd10CmCodes.behavioralHealth(),
                    LocalDate.now());
            report(plan, file, out);
            if (!plan.missingColumns().isEmpty() || plan.validClients().isEmpty()) {
                out.println("Nothing was imported.");
                return ExitCode.ERRORS_FOUND;
            }
            if (dryRun) {
                out.println("Dry run: nothing was imported.");
            } else if (plan.canImport(skipBadRows)) {
                store.addClients(plan.validClients());
                out.printf("Imported %d clients into %s in one transaction%s.%n", plan.validClients().size(),
                        caseload, plan.badRows().isEmpty() ? "" : "; the " + plan.badRows().size()
                                + " bad rows above were skipped");
            } else {
                out.println("Nothing was imported: correct the rows above, or run again with --skip-bad-rows to "
                        + "import the " + plan.validClients().size() + " valid rows.");
            }
            return plan.badRows().isEmpty() ? ExitCode.CLEAN : ExitCode.ERRORS_FOUND;
        } catch (CaseloadStoreException e) {
            return access.failed(caseload, e, false, err);
        }
    }

    private static void report(ImportPlan plan, Path file, PrintStream out) {
        out.println(file.getFileName() + ": " + plan.table().rows().size() + " rows; columns: "
                + columns(plan));
        for (ImportRow bad : plan.badRows()) {
            out.println(bad.report());
        }
        out.println(plan.summary());
    }

    private static String columns(ImportPlan plan) {
        List<String> shown = new ArrayList<>();
        for (int column = 0; column < plan.table().width(); column++) {
            shown.add(plan.table().header().get(column) + " → "
                    + plan.mapping().fieldOf(column).map(field -> field.label()).orElse("(left out)"));
        }
        return String.join(", ", shown);
    }
}
