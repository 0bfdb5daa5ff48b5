package org.casenotes.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The {@code casenotes <command>} entry point: runs the same engine as the workbench, without a display.
 * Exit codes: 0 nothing wrong (warnings allowed), 1 errors found, 2 the command could not run (usage, unreadable input).
 */
public final class CommandLineApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Commands commands = Commands.standard(RegistryFactory.getRegistry());
        return commands.run(arguments == null ? List.of() : Arrays.asList(arguments), System.out, System.err);
    }

    @Override
    public void stop() {
        // commands run to completion; nothing to interrupt
    }
}
