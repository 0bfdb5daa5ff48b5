package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.casenotes.plugins.InstalledPlugin;
import org.casenotes.plugins.PluginInstallException;
import org.casenotes.plugins.PluginInstallation;

/**
 * {@code casenotes plugins install REPOSITORY | list | remove ID}: installs the features of a p2 repository (a folder or
 * a URL, as a plugin's build writes it) into this installation, lists the installed plugins, or removes one, through
 * p2's planner and engine. A repository that is not one, or a plugin that needs a newer Casenotes, is refused with the
 * reason and nothing changes. Changes take effect at the next start. Exit 0 done, 2 could not run or refused.
 */
final class PluginsCommand implements Command {

    private static final String USAGE = "install REPOSITORY | list | remove ID";

    private final Supplier<PluginInstallation> installation;

    /** @param installation this installation's plugins; made when the command runs */
    PluginsCommand(Supplier<PluginInstallation> installation) {
        this.installation = installation;
    }

    @Override
    public String name() {
        return "plugins";
    }

    @Override
    public String usage() {
        return USAGE + "   install plugins from a p2 repository (folder or URL), list or remove them";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        int expected = "list".equals(action) ? 1 : 2;
        if (!List.of("install", "list", "remove").contains(action) || arguments.size() != expected) {
            err.println("casenotes plugins: usage: casenotes plugins " + USAGE);
            return ExitCode.CANNOT_RUN;
        }
        DeclarativeServices.start();
        try {
            switch (action) {
                case "list" -> list(out);
                case "install" -> {
                    List<InstalledPlugin> installed = installation.get().install(arguments.get(1));
                    installed.forEach(plugin -> out.println("Installed " + plugin));
                    out.println("Restart Casenotes to use " + (installed.size() == 1 ? "it." : "them."));
                }
                default -> {
                    InstalledPlugin removed = installation.get().remove(arguments.get(1));
                    out.println("Removed " + removed + ". Restart Casenotes to leave it out.");
                }
            }
            return ExitCode.CLEAN;
        } catch (PluginInstallException e) {
            e.getMessage().lines().forEach(line -> err.println("casenotes plugins: " + line));
            err.println("casenotes plugins: nothing was changed");
            return ExitCode.CANNOT_RUN;
        }
    }

    private void list(PrintStream out) throws PluginInstallException {
        List<InstalledPlugin> plugins = installation.get().installed();
        if (plugins.isEmpty()) {
            out.println("No plugins installed.");
        }
        plugins.forEach(out::println);
    }
}
