package org.casenotes.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencyServer;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.Role;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * {@code casenotes server init|add-account|assign|migrate|publish-template ...}: sets up an agency server on
 * PostgreSQL and its accounts, for the agency's IT. {@code init} (as the database's owner, who may create roles)
 * creates the schema and records the agency and its first administrator; {@code migrate} (as the owner) brings the
 * schema up to date; {@code add-account} (as the owner) adds a clinician, supervisor or administrator login;
 * {@code assign} (as an administrator) lets an account see a client; {@code publish-template FILE} (as an
 * administrator) compiles an {@code .ntpl} file beside the installed templates and publishes each template in it on
 * the server, as the template designer's Publish does, so a script can publish what the agency keeps in version
 * control (a file that does not compile is refused with its diagnostics, exit 1, before any password is asked for; a
 * version published already is refused, as published versions never change). Passwords come from
 * {@value #PASSWORD_VARIABLE} (the account running the command) and {@value #ADMIN_PASSWORD_VARIABLE} or
 * {@value #ACCOUNT_PASSWORD_VARIABLE} (the account being made), else each is asked for on the terminal. Exit 0 done,
 * 2 could not run (nothing changed).
 */
public final class ServerCommand implements Command {

    static final String PASSWORD_VARIABLE = "CASENOTES_SERVER_PASSWORD";
    static final String ADMIN_PASSWORD_VARIABLE = "CASENOTES_ADMIN_PASSWORD";
    static final String ACCOUNT_PASSWORD_VARIABLE = "CASENOTES_ACCOUNT_PASSWORD";
    private static final String URL = "--url jdbc:postgresql://HOST/DB?sslmode=verify-full";
    private static final Map<String, String> USAGES = Map.of(
            "init", "init " + URL + " --user OWNER --agency NAME --admin USER",
            "add-account", "add-account " + URL + " --user OWNER --account USER --role clinician|supervisor|"
                    + "administrator [--supervisor USER] [--name \"FULL NAME\"] [--credentials LCSW]",
            "assign", "assign " + URL + " --user ADMIN --client ID --account USER",
            "migrate", "migrate " + URL + " --user OWNER",
            "publish-template", "publish-template FILE.ntpl " + URL + " --user ADMIN");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "init", List.of("--url", "--user", "--agency", "--admin"),
            "add-account", List.of("--url", "--user", "--account", "--role"),
            "assign", List.of("--url", "--user", "--client", "--account"),
            "migrate", List.of("--url", "--user"),
            "publish-template", List.of("--url", "--user"));
    private static final List<String> ACTIONS = List.of("init", "add-account", "assign", "migrate",
            "publish-template");
    /** The largest template file read, as {@code check-templates} reads them. */
    private static final long TEMPLATE_LIMIT_BYTES = (long) CheckTemplatesCommand.LIMIT_MEGABYTES << 20;
    private static final List<String> OPTIONAL = List.of("--supervisor", "--name", "--credentials");

    private final BiFunction<String, String, Optional<char[]>> password;
    private final Supplier<TemplateLibrary> installed;

    /**
     * @param password supplies a password given the environment variable that may hold it and the account's name,
     *                 or nothing when none can be had
     */
    public ServerCommand(BiFunction<String, String, Optional<char[]>> password) {
        this(password, TemplateLibrary::contributed);
    }

    /**
     * @param password  as {@link #ServerCommand(BiFunction)}
     * @param installed the installed template libraries a published template is compiled beside
     */
    public ServerCommand(BiFunction<String, String, Optional<char[]>> password, Supplier<TemplateLibrary> installed) {
        this.password = password;
        this.installed = installed;
    }

    /**
     * @param variable the environment variable that may hold the password
     * @param user     the account
     * @return the password from the variable, else asked on the terminal, else nothing
     */
    public static Optional<char[]> environmentOrConsole(String variable, String user) {
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        return console == null ? Optional.empty()
                : Optional.ofNullable(console.readPassword("Password of %s on the agency server: ", user));
    }

    @Override
    public String name() {
        return "server";
    }

    @Override
    public String usage() {
        return "init|add-account|assign|migrate|publish-template --url URL ...   set up an agency server on PostgreSQL,"
                + " its accounts and templates";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        boolean publishing = action.equals("publish-template");
        if (publishing && (arguments.size() < 2 || arguments.get(1).startsWith("--"))) {
            return usage(action, err);
        }
        Map<String, String> options = REQUIRED.containsKey(action)
                ? options(arguments, publishing ? 2 : 1, REQUIRED.get(action)) : null;
        if (options == null) {
            return usage(action, err);
        }
        String prefix = "casenotes server " + action + ": ";
        List<FormDefinition> templates = List.of();
        String templateText = null;
        if (publishing) {
            Path file = Path.of(arguments.get(1));
            try {
                templateText = TextFile.read(file, TEMPLATE_LIMIT_BYTES).text();
            } catch (InputRefusedException | UncheckedIOException e) {
                err.println(prefix + "cannot read " + file + ": " + (e instanceof UncheckedIOException unreadable
                        ? TextFile.reasonOf(unreadable.getCause()) : e.getMessage()));
                return ExitCode.CANNOT_RUN;
            }
            String source = file.toAbsolutePath().normalize().toString();
            CompiledLibrary compiled = installed.get().withSource(new TemplateSource(source, templateText)).compile();
            if (compiled.diagnosticsOf(source).stream().anyMatch(diagnostic -> diagnostic.isError())) {
                compiled.diagnosticsOf(source).forEach(err::println);
                err.println(prefix + file + " does not compile; nothing was published.");
                return ExitCode.ERRORS_FOUND;
            }
            templates = compiled.formsFrom(source);
            if (templates.isEmpty()) {
                err.println(prefix + file + " holds no template to publish.");
                return ExitCode.CANNOT_RUN;
            }
        }
        try {
            AgencyServer server = AgencyServer.at(options.get("--url"));
            String user = options.get("--user");
            Optional<char[]> secret = password(PASSWORD_VARIABLE, user, prefix, err);
            if (secret.isEmpty()) {
                return ExitCode.CANNOT_RUN;
            }
            switch (action) {
            case "init" -> {
                String administrator = options.get("--admin");
                Optional<char[]> administratorSecret = password(ADMIN_PASSWORD_VARIABLE, administrator, prefix, err);
                if (administratorSecret.isEmpty()) {
                    return ExitCode.CANNOT_RUN;
                }
                int applied = server.initialise(user, secret.get(), options.get("--agency"), administrator,
                        administratorSecret.get());
                out.printf("Set up the agency server for %s: %d schema migration(s) applied, %s is its first"
                        + " administrator.%n", options.get("--agency").strip(), applied, administrator.strip());
            }
            case "add-account" -> {
                String account = options.get("--account");
                Role role = role(options.get("--role"));
                Optional<char[]> accountSecret = password(ACCOUNT_PASSWORD_VARIABLE, account, prefix, err);
                if (accountSecret.isEmpty()) {
                    return ExitCode.CANNOT_RUN;
                }
                // the name and credentials every signature of the account carries, on every workbench
                server.addAccount(user, secret.get(), account, accountSecret.get(), role, options.get("--supervisor"),
                        options.get("--name"), options.get("--credentials"));
                out.printf("Added %s as %s.%n", account, role.recorded());
            }
            case "migrate" -> out.printf("Applied %d schema migration(s); the schema is current.%n",
                    server.migrate(user, secret.get()));
            case "publish-template" -> {
                AgencySession administrator = server.signIn(user, secret.get());
                try {
                    for (FormDefinition template : templates) {
                        administrator.publish(template.getId(), template.getVersion(), template.getTitle(),
                                templateText);
                        out.printf("Published %s version %d (%s) for every clinician of the agency.%n",
                                template.getId(), template.getVersion(), template.getTitle());
                    }
                } finally {
                    administrator.store().close();
                }
            }
            default -> {
                server.assign(user, secret.get(), options.get("--client"), options.get("--account"));
                out.printf("Client %s is assigned to %s.%n", options.get("--client"), options.get("--account"));
            }
            }
            return ExitCode.CLEAN;
        } catch (CaseloadStoreException | IllegalArgumentException e) {
            err.println(prefix + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
    }

    /** @return the options after the action, or null if one is unknown, repeated, valueless or missing */
    private static Map<String, String> options(List<String> arguments, int first, List<String> required) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = first; i < arguments.size(); i += 2) {
            String option = arguments.get(i);
            if (i + 1 >= arguments.size() || !(required.contains(option) || OPTIONAL.contains(option))
                    || options.put(option, arguments.get(i + 1)) != null) {
                return null;
            }
        }
        return options.keySet().containsAll(required) ? options : null;
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.recorded().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("A role is clinician, supervisor or administrator, not '" + name + "'.");
    }

    private Optional<char[]> password(String variable, String user, String prefix, PrintStream err) {
        Optional<char[]> secret = password.apply(variable, user);
        if (secret.isEmpty()) {
            err.println(prefix + "no password for " + user + "; set " + variable + " or run on a terminal");
        }
        return secret;
    }

    private static int usage(String action, PrintStream err) {
        if (USAGES.containsKey(action)) {
            err.println("usage: casenotes server " + USAGES.get(action));
        } else {
            ACTIONS.forEach(known -> err.println("usage: casenotes server "
                    + USAGES.get(known)));
        }
        return ExitCode.CANNOT_RUN;
    }
}
