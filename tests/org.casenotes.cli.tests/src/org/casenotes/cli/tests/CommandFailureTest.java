package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.casenotes.cli.internal.Command;
import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.ExitCode;
import org.junit.jupiter.api.Test;

/**
 * A command that fails unexpectedly, with an exception or an error of the JVM, never looks like a clean run: one line
 * on stderr says which command failed, how, and in which file the details are; the exit code is 2.
 */
class CommandFailureTest {

    /** A command that fails as {@code failure} makes it fail. */
    private static Command failing(String name, Supplier<Object> failure) {
        return new Command() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String usage() {
                return "fails (test)";
            }

            @Override
            public int run(List<String> arguments, PrintStream out, PrintStream err) {
                failure.get();
                return ExitCode.CLEAN;
            }
        };
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private static void assertOneLineNamingTheLogThatHasTheDetails(CommandLine casenotes, String command,
            String failure, String detail) throws IOException {
        List<String> lines = casenotes.errLines();
        assertEquals(1, lines.size(), casenotes.err());
        String line = lines.get(0);
        assertTrue(line.startsWith("casenotes " + command + ": "), line);
        assertTrue(line.contains(failure), line);
        int at = line.lastIndexOf(" in /");
        assertTrue(at > 0, "the line names where the details are: " + line);
        Path log = Path.of(line.substring(at + " in ".length()).strip());
        assertTrue(Files.isRegularFile(log), "no log at " + log + " (" + line + ")");
        String details = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(details.contains("casenotes " + command + " failed"), "the log does not hold the failure: " + log);
        assertTrue(details.contains(detail), "the log does not hold the trace: " + log);
    }

    @Test
    void aRuntimeExceptionIsOneLineNamingTheLogAndExitsTwo() throws IOException {
        CommandLine casenotes = CommandLine.of(new Commands(List.of(failing("throw-runtime", () -> {
            throw new IllegalStateException("simulated failure in a collaborator");
        }))));

        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("throw-runtime", "note.txt"));

        assertOneLineNamingTheLogThatHasTheDetails(casenotes, "throw-runtime",
                "IllegalStateException: simulated failure in a collaborator", "CommandFailureTest");
    }

    @Test
    void aStackOverflowIsOneLineNamingTheLogAndExitsTwo() throws IOException {
        CommandLine casenotes = CommandLine.of(new Commands(List.of(failing("recurse-forever", () -> recurse(0)))));

        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("recurse-forever"));

        assertOneLineNamingTheLogThatHasTheDetails(casenotes, "recurse-forever", "StackOverflowError",
                "java.lang.StackOverflowError");
    }

    @Test
    void runningOutOfMemoryIsOneLineNamingTheLogAndExitsTwo() throws IOException {
        CommandLine casenotes = CommandLine.of(new Commands(List.of(failing("allocate-too-much",
                () -> new long[Integer.MAX_VALUE - 2]))));

        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("allocate-too-much"));

        assertOneLineNamingTheLogThatHasTheDetails(casenotes, "allocate-too-much", "OutOfMemoryError",
                "java.lang.OutOfMemoryError");
    }
}
