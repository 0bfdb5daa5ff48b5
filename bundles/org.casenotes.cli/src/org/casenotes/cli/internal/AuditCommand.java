package org.casenotes.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.ClientSummary;

/**
 * {@code casenotes audit [--json] [--details] [--threads N] CASELOAD}: checks every note of a caseload with all rule
 * packs, as a payer's auditor would, and prints a summary by rule and by clinician (every finding with
 * {@code --details}). Progress goes to stderr. The passphrase comes from the environment variable
 * {@value #PASSPHRASE_VARIABLE} or, on a terminal, a prompt. Each note is checked against the form of the template
 * version it pinned ({@link PinnedForms}: installed, or published by the agency in the data folder the caseload is
 * in), so that version's required fields, limits and rule settings apply; notes whose version is not available are
 * checked without it, and stderr says which versions those were. Clients are loaded one at a time (the store
 * serializes its calls) while worker threads check the clients already loaded.
 */
public final class AuditCommand implements Command {

    /** Environment variable holding the caseload passphrase, for scripts. */
    static final String PASSPHRASE_VARIABLE = "CASENOTES_PASSPHRASE";
    private static final String ACTOR = "casenotes-audit";

    private final Function<Path, AuditRules> rules;
    private final Function<Path, PinnedForms> forms;
    private final CaseloadStoreFactory stores;
    private final Supplier<Optional<char[]>> passphrase;

    /**
     * @param rules the rules to run, given the caseload's folder (looked up when the audit starts)
     * @param forms the forms the notes of a caseload can pin, given the caseload's folder (looked up when the audit
     *            starts)
     * @param stores opens the caseload
     * @param passphrase supplies the passphrase, or nothing when none can be had
     */
    public AuditCommand(Function<Path, AuditRules> rules, Function<Path, PinnedForms> forms, CaseloadStoreFactory stores,
            Supplier<Optional<char[]>> passphrase) {
        this.rules = rules;
        this.forms = forms;
        this.stores = stores;
        this.passphrase = passphrase;
    }

    /** @return the passphrase from {@value #PASSPHRASE_VARIABLE}, else asked on the console if there is one */
    public static Optional<char[]> environmentOrConsole() {
        String fromEnvironment = System.getenv(PASSPHRASE_VARIABLE);
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        return console == null ? Optional.empty()
                : Optional.ofNullable(console.readPassword("Passphrase of the caseload: "));
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "[--json] [--details] [--threads N] CASELOAD   check every note of a caseload; summary by rule and "
                + "clinician (passphrase from $" + PASSPHRASE_VARIABLE + " or a prompt)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean json = false;
        boolean details = false;
        int threads = Runtime.getRuntime().availableProcessors();
        Path caseload = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--json" -> json = true;
                case "--details" -> details = true;
                case "--threads" -> {
                    Integer parsed = i + 1 < arguments.size() ? parsePositive(arguments.get(++i)) : null;
                    if (parsed == null) {
                        err.println("casenotes audit: --threads needs a positive number");
                        return ExitCode.CANNOT_RUN;
                    }
                    threads = parsed;
                }
                default -> {
                    if (argument.startsWith("--") || caseload != null) {
                        err.println("casenotes audit: unexpected argument " + argument);
                        return ExitCode.CANNOT_RUN;
                    }
                    caseload = Path.of(argument);
                }
            }
        }
        if (caseload == null || !Files.isDirectory(caseload)) {
            err.println("casenotes audit: name a caseload folder, e.g. casenotes audit ~/caseload");
            return ExitCode.CANNOT_RUN;
        }
        Optional<char[]> secret = passphrase.get();
        if (secret.isEmpty()) {
            err.println("casenotes audit: no passphrase; set " + PASSPHRASE_VARIABLE + " or run on a terminal");
            return ExitCode.CANNOT_RUN;
        }
        AuditReport report = new AuditReport(details);
        AuditProgress progress;
        AuditRules auditRules;
        try (CaseloadStore store = stores.openForReading(caseload, secret.get(), ACTOR)) {
            List<ClientSummary> clients = store.listClients();
            progress = new AuditProgress(err, clients.stream().mapToInt(ClientSummary::noteCount).sum());
            auditRules = rules.apply(caseload);
            audit(store, clients, new Audit(auditRules, forms.apply(caseload), report, progress), threads);
        } catch (CaseloadStoreException e) {
            err.println("casenotes audit: cannot open " + caseload + ": " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("casenotes audit: interrupted");
            return ExitCode.CANNOT_RUN;
        }
        report.printUnavailableForms(err);
        auditRules.engine().failures().disabled().values()
                .forEach(failure -> err.println("casenotes audit: " + failure.message()));
        if (json) {
            report.printJson(out, progress.seconds());
        } else {
            report.printText(out, progress.seconds());
        }
        return report.hasErrors() ? ExitCode.ERRORS_FOUND : ExitCode.CLEAN;
    }

    /** What the workers share: the rules, the forms, the report and the progress. */
    private record Audit(AuditRules rules, PinnedForms forms, AuditReport report, AuditProgress progress) {

        void check(ClientSummary summary, Client client, AtomicInteger notesDone) {
            for (Note note : client.getNotes()) {
                Optional<FormDefinition> form = note.getTemplateId() == null ? Optional.empty()
                        : forms.form(note.getTemplateId(), note.getTemplateVersion());
                if (note.getTemplateId() != null && form.isEmpty()) {
                    report.formUnavailable(note.getTemplateId(), note.getTemplateVersion());
                }
                List<Finding> findings = rules.engine().evaluate(
                        new AuditNoteContext(note, form, client, rules.agency()));
                report.add(summary.id(), note, findings);
                progress.notesDone(notesDone.incrementAndGet());
            }
            report.clientDone();
        }
    }

    private static void audit(CaseloadStore store, List<ClientSummary> clients, Audit audit, int threads)
            throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Semaphore loadedAhead = new Semaphore(threads * 2);
        AtomicInteger notesDone = new AtomicInteger();
        List<Future<?>> checks = new ArrayList<>();
        try {
            for (ClientSummary summary : clients) {
                loadedAhead.acquire();
                Optional<Client> client = store.loadClient(summary.id());
                if (client.isEmpty()) {
                    loadedAhead.release();
                    continue;
                }
                checks.add(workers.submit(() -> {
                    try {
                        audit.check(summary, client.get(), notesDone);
                    } finally {
                        loadedAhead.release();
                    }
                }));
            }
            for (Future<?> check : checks) {
                check.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a rule failed outside the engine's protection", e.getCause());
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static Integer parsePositive(String text) {
        try {
            int value = Integer.parseInt(text);
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
