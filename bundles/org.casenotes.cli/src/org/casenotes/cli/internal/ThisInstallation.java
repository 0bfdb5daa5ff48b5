package org.casenotes.cli.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.casenotes.plugins.PluginInstallation;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.BundleContext;

/** The Casenotes installation the command line runs from: its install area, as the launch script passes it. */
final class ThisInstallation {

    private ThisInstallation() {
    }

    static PluginInstallation plugins() {
        try {
            Path folder = Path.of(Platform.getInstallLocation().getURL().toURI());
            BundleContext context = DeclarativeServices.cliContext();
            if (context == null) {
                throw new IllegalStateException("the command line bundle cannot be started");
            }
            return new PluginInstallation(context, folder);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot tell this installation's folder from "
                    + Platform.getInstallLocation().getURL(), e);
        }
    }
}
