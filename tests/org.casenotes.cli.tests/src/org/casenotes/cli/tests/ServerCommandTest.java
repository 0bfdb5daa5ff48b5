package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.cli.internal.ServerCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casenotes server init}: what it refuses before touching a server, in one line each, and how it asks for
 * passwords. (Setting up a real server is proven in {@code org.casenotes.store.server.tests} against PostgreSQL;
 * {@code publish-template} on a real server, reaching clinicians' workbenches, in the product test
 * {@code AgencyServerProductTest}.)
 */
class ServerCommandTest {

    private static final String GROUP_NOTE = """
            package agency
            template GroupNote "Agency group note" version 2 kind progress {
            	field summary "Summary" : longtext required
            	signature signature "Signature"
            }
            """;

    @TempDir
    Path temp;

    private final List<String> asked = new ArrayList<>();

    private CommandLine casenotes(boolean passwords) {
        return CommandLine.of(new Commands(List.of(new ServerCommand((variable, user) -> {
            asked.add(variable + " " + user);
            return passwords ? Optional.of("secret".toCharArray()) : Optional.empty();
        }))));
    }

    @Test
    void missingOptionsPrintTheUsage() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "init", "--url", "jdbc:postgresql://h/db"));
        assertEquals(List.of("usage: casenotes server init --url jdbc:postgresql://HOST/DB?sslmode=verify-full"
                + " --user OWNER --agency NAME --admin USER"), casenotes.errLines());
        assertTrue(asked.isEmpty(), "no password is asked for before the arguments are right");
    }

    @Test
    void withoutAnActionEveryActionsUsageIsPrinted() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server"));
        assertEquals(List.of("init", "add-account", "assign", "migrate", "publish-template"), casenotes.errLines()
                .stream().map(line -> line.split(" ")[3]).toList(), casenotes.err());
    }

    @Test
    void anUnknownRoleIsRefusedInOneLine() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "add-account", "--url",
                "jdbc:postgresql://127.0.0.1:1/db", "--user", "it", "--account", "jrivera", "--role", "superuser"));
        assertEquals(List.of("casenotes server add-account: A role is clinician, supervisor or administrator, not"
                + " 'superuser'."), casenotes.errLines());
    }

    @Test
    void anAccountTakesTheNameAndCredentialsItsSignaturesCarry() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "add-account", "--url",
                "jdbc:postgresql://127.0.0.1:1/db?connectTimeout=2", "--user", "it", "--account", "rokafor", "--role",
                "clinician", "--name", "Robin Okafor", "--credentials", "LCSW"));
        assertEquals(1, casenotes.errLines().size(), casenotes.err());
        assertTrue(casenotes.err().contains("cannot be reached"), "the options are taken; only the server is"
                + " missing: " + casenotes.err());
        assertEquals(List.of("CASENOTES_SERVER_PASSWORD it", "CASENOTES_ACCOUNT_PASSWORD rokafor"), asked);
    }

    @Test
    void anAddressThatIsNotPostgresIsRefusedInOneLine() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "init", "--url", "/tmp/caseload", "--user", "it",
                "--agency", "Riverside", "--admin", "jrivera"));
        assertEquals(1, casenotes.errLines().size(), casenotes.err());
        assertTrue(casenotes.err().startsWith("casenotes server init: An agency server's address is a PostgreSQL JDBC"
                + " URL such as jdbc:postgresql://"), casenotes.err());
    }

    @Test
    void withoutAPasswordItSaysWhereOneComesFrom() {
        CommandLine casenotes = casenotes(false);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "init", "--url", "jdbc:postgresql://127.0.0.1:1/db",
                "--user", "it", "--agency", "Riverside", "--admin", "jrivera"));
        assertEquals(List.of("casenotes server init: no password for it; set CASENOTES_SERVER_PASSWORD or run on a"
                + " terminal"), casenotes.errLines());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInOneLineAfterAskingForBothPasswords() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "init", "--url",
                "jdbc:postgresql://127.0.0.1:1/db?connectTimeout=2", "--user", "it", "--agency", "Riverside",
                "--admin", "jrivera"));
        assertEquals(List.of("CASENOTES_SERVER_PASSWORD it", "CASENOTES_ADMIN_PASSWORD jrivera"), asked);
        assertEquals(1, casenotes.errLines().size(), casenotes.err());
        assertTrue(casenotes.err().startsWith("casenotes server init: The agency server cannot be reached at"
                + " jdbc:postgresql://127.0.0.1:1/db"), casenotes.err());
    }

    @Test
    void aTemplateThatDoesNotCompileIsRefusedWithItsDiagnosticsBeforeAnyPasswordIsAskedFor() throws Exception {
        Path file = Files.writeString(temp.resolve("group-note.ntpl"), GROUP_NOTE.replace(": longtext", ": novel"));
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.ERRORS_FOUND, casenotes.run("server", "publish-template", file.toString(), "--url",
                "jdbc:postgresql://127.0.0.1:1/db?connectTimeout=2", "--user", "itadmin"));
        assertTrue(casenotes.err().contains("group-note.ntpl"), "the diagnostic names the file: " + casenotes.err());
        assertTrue(casenotes.err().endsWith("casenotes server publish-template: " + file
                + " does not compile; nothing was published." + System.lineSeparator()), casenotes.err());
        assertTrue(asked.isEmpty(), "no password is asked for a file that cannot be published: " + asked);
    }

    @Test
    void aTemplateThatCompilesIsPublishedAsTheAdministratorNamed() throws Exception {
        Path file = Files.writeString(temp.resolve("group-note.ntpl"), GROUP_NOTE);
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "publish-template", file.toString(), "--url",
                "jdbc:postgresql://127.0.0.1:1/db?connectTimeout=2", "--user", "itadmin"));
        assertEquals(List.of("CASENOTES_SERVER_PASSWORD itadmin"), asked, "compiled, it signs in as the administrator");
        assertEquals(1, casenotes.errLines().size(), casenotes.err());
        assertTrue(casenotes.err().startsWith("casenotes server publish-template: The agency server cannot be reached"
                + " at jdbc:postgresql://127.0.0.1:1/db"), casenotes.err());
    }

    @Test
    void publishingNamesTheFileFirst() {
        CommandLine casenotes = casenotes(true);
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("server", "publish-template", "--url",
                "jdbc:postgresql://127.0.0.1:1/db", "--user", "itadmin"));
        assertEquals(List.of("usage: casenotes server publish-template FILE.ntpl --url"
                + " jdbc:postgresql://HOST/DB?sslmode=verify-full --user ADMIN"), casenotes.errLines());
    }
}
