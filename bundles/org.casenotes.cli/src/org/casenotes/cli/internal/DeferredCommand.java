package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A command made only when it is listed or run, so that {@code casenotes lint} never loads what {@code audit} and
 * {@code check-templates} need (the store, the template language and its Guice injector): each of those classes
 * costs start-up time of a command that runs for a fraction of a second.
 */
final class DeferredCommand implements Command {

    private final String name;
    private final Supplier<Command> factory;
    private Command command;

    /** @param name the name the made command has (checked when it is made) */
    DeferredCommand(String name, Supplier<Command> factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return command().usage();
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        return command().run(arguments, out, err);
    }

    private Command command() {
        if (command == null) {
            Command made = factory.get();
            if (!made.name().equals(name)) {
                throw new IllegalStateException("command '" + name + "' made a command named '" + made.name() + "'");
            }
            command = made;
        }
        return command;
    }
}
