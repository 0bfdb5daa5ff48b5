package org.casenotes.core.services;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A service another bundle registers (most often as a Declarative Services component), looked up from the calling
 * bundle, waiting a little for the runtime to register it if it has not yet. The service is held for the rest of the
 * run, so that a delayed component is not deactivated (and what it keeps, such as the compiled template library, not
 * dropped) when a caller is done with it; callers look it up once and keep it.
 *
 * <pre>{@code
 * FormCatalogue forms = RegisteredService.await(FormCatalogue.class, null, MyView.class);
 * CaseloadStoreFactory embedded = RegisteredService.await(CaseloadStoreFactory.class,
 *         "(casenotes.store.kind=embedded)", MyView.class);
 * }</pre>
 */
public final class RegisteredService {

    private static final long WAIT_MS = 10_000;

    private RegisteredService() {
    }

    /**
     * @param type   the service interface
     * @param filter an LDAP filter on the service's properties, or null for any
     * @param caller a class of the calling bundle, whose context looks the service up
     * @return the service with the highest ranking that matches
     * @throws IllegalStateException when none is registered within a few seconds, or outside OSGi
     */
    public static <T> T await(Class<T> type, String filter, Class<?> caller) {
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
        ServiceTracker<T, T> tracker;
        try {
            Filter matching = context.createFilter("(&(objectClass=" + type.getName() + ")"
                    + (filter == null ? "" : filter) + ")");
            tracker = new ServiceTracker<>(context, matching, null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalArgumentException("Not a service filter: " + filter, e);
        }
        tracker.open(); // and left open: it holds the service, so a delayed component (and what it compiled) is kept
        try {
            T service = tracker.getService();
            if (service == null) {
                service = tracker.waitForService(WAIT_MS);
            }
            if (service == null) {
                throw new IllegalStateException("No " + type.getSimpleName() + (filter == null ? "" : " " + filter)
                        + " service is registered (is the Declarative Services runtime started?).");
            }
            return service;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + type.getSimpleName(), e);
        }
    }
}
