package org.casenotes.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencyServer;
import org.casenotes.store.server.Role;

/**
 * {@code casenotes server init|add-account|assign|migrate ...}: sets up an agency server on PostgreSQL and its
 * accounts, for the agency's IT. {@code init} (as the database's owner, who may create roles) creates the schema and
 * records the agency and its first administrator; {@code migrate} (as the owner) brings the schema up to date; {@code add-account} (as the owner) adds a clinician, supervisor or
 * administrator login; {@code assign} (as an administrator) lets an account see a client. Passwords come from
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
            "migrate", "migrate " + URL + " --user OWNER");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "init", List.of("--url", "--user", "--agency", "--admin"),
            "add-account", List.of("--url", "--user", "--account", "--role"),
            "assign", List.of("--url", "--user", "--client", "--account"),
            "migrate", List.of("--url", "--user"));
    private static final List<String> OPTIONAL = List.of("--supervisor", "--name", "--credentials");

    private final BiFunction<String, String, Optional<char[]>> password;

    /**
     * @param password supplies a password given the environment variable that may hold it and the account's name,
     *                 or nothing when none can be had
     */
    public ServerCommand(BiFunction<String, String, Optional<char[]>> password) {
        this.password = password;
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
        return "init|add-account|assign|migrate --url URL ...   set up an agency server on PostgreSQL, its accounts";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        Map<String, String> options = REQUIRED.containsKey(action) ? options(arguments, REQUIRED.get(action)) : null;
        if (options == null) {
            return usage(action, err);
        }
        String prefix = "casenotes server " + action + ": ";
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
    private static Map<String, String> options(List<String> arguments, List<String> required) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < arguments.size(); i += 2) {
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
            List.of("init", "add-account", "assign", "migrate").forEach(known -> err.println("usage: casenotes server "
                    + USAGES.get(known)));
        }
        return ExitCode.CANNOT_RUN;
    }
}
