package org.casenotes.core.templates;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Looks up a service registered by another bundle from the calling bundle, as the catalogue's accessor does. The
 * service is held for the rest of the run, so that a Declarative Services component is not deactivated (and what it
 * keeps, such as the compiled library, not dropped) when a caller is done with it.
 */
final class Services {

    private static final long WAIT_MS = 10_000;

    private Services() {
    }

    static <T> T await(Class<T> type, Class<?> caller) {
        Bundle bundle = FrameworkUtil.getBundle(caller);
        if (bundle == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + " outside OSGi.");
        }
        if (bundle.getBundleContext() == null) {
            try {
                bundle.start(Bundle.START_TRANSIENT); // a lazily started bundle has no context until it is started
            } catch (BundleException e) {
                throw new IllegalStateException("Cannot start " + bundle.getSymbolicName() + ": " + e.getMessage(), e);
            }
        }
        BundleContext context = bundle.getBundleContext();
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.getService();
            if (service == null) {
                service = tracker.waitForService(WAIT_MS);
            }
            if (service == null) {
                throw new IllegalStateException("No " + type.getSimpleName()
                        + " service is registered (is the Declarative Services runtime started?).");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + type.getSimpleName(), e);
        }
        // the tracker stays open: it holds the service, so a delayed component (and what it compiled) is kept

    }
}
