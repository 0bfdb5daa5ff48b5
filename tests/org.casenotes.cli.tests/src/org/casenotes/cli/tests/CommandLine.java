package org.casenotes.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.casenotes.cli.internal.Commands;
import org.eclipse.core.runtime.RegistryFactory;

/** Test fixture: runs {@code casenotes ...} in this JVM and keeps what it printed on stdout and stderr. */
final class CommandLine {

    private final Commands commands;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandLine(Commands commands) {
        this.commands = commands;
    }

    /** @return the command line of this installation (the installed rule packs and templates) */
    static CommandLine standard() {
        return new CommandLine(Commands.standard(RegistryFactory.getRegistry()));
    }

    static CommandLine of(Commands commands) {
        return new CommandLine(commands);
    }

    /** Runs {@code casenotes arguments...}; returns the exit code. */
    int run(String... arguments) {
        return commands.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** @return the lines written to stderr */
    List<String> errLines() {
        return err().lines().toList();
    }
}
