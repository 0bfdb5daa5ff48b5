package org.casenotes.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.casenotes.plugins.internal.ProvisioningSession;
import org.osgi.framework.BundleContext;

/**
 * The plugins of one Casenotes installation (a materialized product, which p2 manages through its profile): lists,
 * installs and removes them with p2's planner and engine, the director's API. A plugin is a feature in a p2 repository
 * (a folder or a URL), as a plugin's own Tycho build produces it; installing it resolves it against what the
 * installation holds, so a plugin that needs a newer Casenotes, or a library nobody provides, is refused with the
 * planner's reason and nothing is changed. Installed plugins take effect at the next start of the workbench or of a
 * command.
 * <p>
 * p2's services are declarative services: the Service Component Runtime must be running (the workbench runs it; the
 * command line starts it for {@code casenotes plugins}). Plugins are not checked for signatures: install only from
 * sources you trust.
 */
public final class PluginInstallation {

    /** The profile property p2 keeps on each feature installed as a plugin (and not as part of Casenotes). */
    public static final String PLUGIN_PROPERTY = "org.casenotes.plugin";

    private final BundleContext context;
    private final Path installation;

    /**
     * @param context      a bundle's context, through which p2's services are found
     * @param installation the installation's folder (where {@code casenotes}, {@code plugins/} and {@code p2/} are)
     */
    public PluginInstallation(BundleContext context, Path installation) {
        this.context = Objects.requireNonNull(context, "context");
        this.installation = Objects.requireNonNull(installation, "installation");
    }

    /** @return the plugins installed, by id */
    public List<InstalledPlugin> installed() throws PluginInstallException {
        try (ProvisioningSession session = ProvisioningSession.open(context, installation)) {
            return session.plugins();
        }
    }

    /**
     * Installs every feature the repository offers in its categories (every feature, if it has none).
     *
     * @param repository a p2 repository: a folder or a {@code file:}, {@code http:} or {@code https:} URL
     * @return the plugins installed
     * @throws PluginInstallException if the repository cannot be read, offers no feature, or its features cannot be
     *                                installed into this Casenotes (the message says why); nothing is changed then
     */
    public List<InstalledPlugin> install(String repository) throws PluginInstallException {
        URI location = RepositoryLocation.of(repository);
        try (ProvisioningSession session = ProvisioningSession.open(context, installation)) {
            return session.install(location, repository);
        }
    }

    /**
     * Removes an installed plugin.
     *
     * @param id the plugin's id as {@link #installed()} lists it
     * @return the plugin removed
     * @throws PluginInstallException if no plugin with that id is installed, or p2 cannot remove it
     */
    public InstalledPlugin remove(String id) throws PluginInstallException {
        try (ProvisioningSession session = ProvisioningSession.open(context, installation)) {
            return session.remove(id);
        }
    }

    /**
     * Deletes the files of plugins removed earlier that are still in the installation's {@code plugins/} and
     * {@code features/} folders: {@link #remove} deletes a plugin's files itself, except those of bundles the
     * installation is running (a plugin removed from the running workbench), which stay until the workbench has been
     * restarted without them and this runs. Casenotes' own files are never deleted.
     */
    public void collectGarbage() throws PluginInstallException {
        try (ProvisioningSession session = ProvisioningSession.open(context, installation)) {
            session.collectGarbage();
        }
    }
}
