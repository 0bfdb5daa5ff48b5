package org.casenotes.cli.internal;

import java.io.Console;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencyServer;

/**
 * {@code casenotes server init --url URL --user OWNER --agency NAME --admin USER}: creates (or brings up to date)
 * an agency server's schema on PostgreSQL, then records the agency and its first administrator. Run once by the
 * agency's IT as the database's owner; the owner's password comes from {@value #PASSWORD_VARIABLE} or a prompt.
 * Exit 0 set up, 2 could not run (nothing changed).
 */
public final class ServerCommand implements Command {

    static final String PASSWORD_VARIABLE = "CASENOTES_SERVER_PASSWORD";
    private static final String USAGE = "init --url jdbc:postgresql://HOST/DB?sslmode=verify-full --user OWNER"
            + " --agency NAME --admin USER";
    private static final List<String> OPTIONS = List.of("--url", "--user", "--agency", "--admin");

    private final Function<String, Optional<char[]>> password;

    /** @param password supplies the password of an account (given its name), or nothing when none can be had */
    public ServerCommand(Function<String, Optional<char[]>> password) {
        this.password = password;
    }

    /**
     * @param user the account
     * @return the password from {@value #PASSWORD_VARIABLE}, else asked on the terminal, else nothing
     */
    public static Optional<char[]> environmentOrConsole(String user) {
        String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
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
        return "init --url URL --user OWNER --agency NAME --admin USER   set up an agency server on PostgreSQL";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty() || !arguments.get(0).equals("init") || arguments.size() % 2 == 0) {
            return usage(err);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < arguments.size(); i += 2) {
            if (!OPTIONS.contains(arguments.get(i)) || options.put(arguments.get(i), arguments.get(i + 1)) != null) {
                return usage(err);
            }
        }
        if (!options.keySet().containsAll(OPTIONS)) {
            return usage(err);
        }
        AgencyServer server;
        try {
            server = AgencyServer.at(options.get("--url"));
        } catch (IllegalArgumentException e) {
            err.println("casenotes server init: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        String owner = options.get("--user");
        Optional<char[]> secret = password.apply(owner);
        if (secret.isEmpty()) {
            err.println("casenotes server init: no password for " + owner + "; set " + PASSWORD_VARIABLE
                    + " or run on a terminal");
            return ExitCode.CANNOT_RUN;
        }
        try {
            int applied = server.initialise(owner, secret.get(), options.get("--agency"), options.get("--admin"));
            out.printf("Set up the agency server for %s: %d schema migration(s) applied, %s is its first"
                    + " administrator.%n", options.get("--agency").strip(), applied, options.get("--admin").strip());
            return ExitCode.CLEAN;
        } catch (CaseloadStoreException | IllegalArgumentException e) {
            err.println("casenotes server init: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: casenotes server " + USAGE);
        return ExitCode.CANNOT_RUN;
    }
}
