package org.casenotes.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts the Service Component Runtime for a command that needs the rules plugins register as declarative services
 * ({@code @Component(service = Rule.class)}). The command line's configuration leaves it stopped, because most commands
 * need none of it (lint's start-up is measured without it); {@code audit} starts it itself.
 */
final class DeclarativeServices {

    private static final String RUNTIME = "org.apache.felix.scr";

    private DeclarativeServices() {
    }

    /** Starts the runtime for this run if it is installed and not started; does nothing outside OSGi. */
    static void start() {
        BundleContext context = cliContext();
        if (context == null) {
            return;
        }
        for (Bundle bundle : context.getBundles()) {
            if (RUNTIME.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    // rules registered by code still run; the platform log has the framework's reason
                }
            }
        }
    }

    /**
     * The command line bundle's context, starting the bundle for this run if need be: the launch script's configuration
     * installs it without starting it, and a bundle that is not started has no context (so without this the runtime
     * was never started and plugins' rule services never ran in audit or check).
     *
     * @return the context, or null outside OSGi or if the framework refuses to start the bundle
     */
    static BundleContext cliContext() {
        Bundle cli = FrameworkUtil.getBundle(DeclarativeServices.class);
        if (cli == null) {
            return null;
        }
        if (cli.getBundleContext() == null) {
            try {
                cli.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                return null;
            }
        }
        return cli.getBundleContext();
    }
}
