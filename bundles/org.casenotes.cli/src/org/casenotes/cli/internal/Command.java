package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code casenotes}, e.g. {@code lint}. */
public interface Command {

    /** The word that selects the command. */
    String name();

    /** One line for the help text: arguments and what the command does. */
    String usage();

    /** Runs the command; returns the process exit code (see {@link CommandLineApplication}). */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
