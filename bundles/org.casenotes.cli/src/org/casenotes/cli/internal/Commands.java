package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.registry.RuleContributions;
import org.casenotes.export.Exporters;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.IExtensionRegistry;

/**
 * The available sub-commands and the dispatch between them. A command that fails unexpectedly (any exception or error,
 * out of memory and stack overflow included) ends with one line on stderr and exit code 2, never silently.
 */
public final class Commands {

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final FailureLog failures;

    /** Commands whose unexpected failures are logged in the platform log. */
    public Commands(List<Command> commands) {
        this(commands, new PlatformFailureLog());
    }

    /** @param failures keeps the details of unexpected failures */
    public Commands(List<Command> commands, FailureLog failures) {
        commands.forEach(command -> byName.put(command.name(), command));
        this.failures = failures;
    }

    /**
     * The commands of this installation, with rules and word lists from the installed plugins. Each is made when it
     * is run or listed ({@link DeferredCommand}): lint loads neither the store nor the template language.
     */
    public static Commands standard(IExtensionRegistry registry) {
        RuleContributions contributions = new RuleContributions(registry);
        return new Commands(List.of(
                new DeferredCommand("lint", () -> new LintCommand(contributions::languagePack)),
                new DeferredCommand("audit", () -> new AuditCommand(AuditRules::ofCaseload, TemplateVersions::ofCaseload, EmbeddedCaseloads.factory(), AuditCommand::environmentOrConsole)),
                new DeferredCommand("check-templates",
                        () -> new CheckTemplatesCommand(TemplateLibrary::contributed)),
                new DeferredCommand("check", () -> new CheckCommand(InstalledForms::catalogue, AuditRules::ofDataFolder)),
                new DeferredCommand("export-questionnaire",
                        () -> new ExportQuestionnaireCommand(InstalledForms::catalogue)),
                new DeferredCommand("import-questionnaire",
                        () -> ImportTemplateCommand.questionnaire(TemplateLibrary::contributed)),
                new DeferredCommand("import-redcap", () -> ImportTemplateCommand.redcap(TemplateLibrary::contributed)),
                new DeferredCommand("audit-log",
                        () -> new AuditLogCommand(EmbeddedCaseloads.factory(), AuditCommand::environmentOrConsole)),
                new DeferredCommand("backup",
                        () -> new BackupCommand(EmbeddedCaseloads.factory(), AuditCommand::environmentOrConsole)),
                new DeferredCommand("restore",
                        () -> new RestoreCommand(EmbeddedCaseloads.factory(), AuditCommand::environmentOrConsole)),
                new DeferredCommand("import-clients",
                        () -> new ImportClientsCommand(EmbeddedCaseloads.factory(), AuditCommand::environmentOrConsole)),
                new DeferredCommand("export", () -> new ExportCommand(EmbeddedCaseloads.factory(),
                        TemplateVersions::ofCaseload, () -> Exporters.contributed(registry),
                        AuditCommand::environmentOrConsole, Clock.systemDefaultZone())),
                new DeferredCommand("server", () -> new ServerCommand(ServerCommand::environmentOrConsole,
                        TemplateLibrary::contributed)),
                new DeferredCommand("plugins", () -> new PluginsCommand(ThisInstallation::plugins))));
    }

    /** Runs {@code casenotes arguments...} and returns the exit code ({@link ExitCode}). */
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || List.of("help", "--help", "-h").contains(arguments.get(0))) {
            printHelp(arguments.isEmpty() ? err : out);
            return arguments.isEmpty() ? ExitCode.CANNOT_RUN : ExitCode.CLEAN;
        }
        Command command = byName.get(arguments.get(0));
        if (command == null) {
            err.println("casenotes: unknown command '" + arguments.get(0) + "'");
            printHelp(err);
            return ExitCode.CANNOT_RUN;
        }
        try {
            return command.run(arguments.subList(1, arguments.size()), out, err);
        } catch (Throwable failure) {
            // every failure, errors of the JVM such as OutOfMemoryError included, must reach the user and the exit code
            out.flush();
            return UnexpectedFailure.report(command.name(), failure, failures, err);
        }
    }

    private void printHelp(PrintStream stream) {
        stream.println("usage: casenotes <command> [arguments]   (without a command: the workbench)");
        byName.values().forEach(command -> stream.printf("  %-16s %s%n", command.name(), command.usage()));
        stream.println("exit codes: 0 nothing wrong (warnings allowed), 1 errors found, 2 could not run");
    }
}
