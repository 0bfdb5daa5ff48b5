package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Inside OSGi the embedded store is offered as a DS service, selectable by its kind property. */
class StoreServiceTest {

    @TempDir
    Path temp;

    @Test
    void theEmbeddedFactoryIsADeclarativeService() throws InterruptedException, InvalidSyntaxException {
        Bundle bundle = FrameworkUtil.getBundle(StoreServiceTest.class);
        assertNotNull(bundle, "this test runs inside OSGi (tycho-surefire)");
        BundleContext context = bundle.getBundleContext();
        ServiceTracker<CaseloadStoreFactory, CaseloadStoreFactory> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + CaseloadStoreFactory.class.getName()
                        + ")(casenotes.store.kind=embedded))"), null);
        tracker.open();
        try {
            CaseloadStoreFactory factory = tracker.waitForService(10_000);
            assertNotNull(factory, "no embedded CaseloadStoreFactory service registered");
            try (CaseloadStore store = factory.create(temp.resolve("c"), "a passphrase".toCharArray(), "clin-1")) {
                assertInstanceOf(CaseloadStore.class, store);
            }
        } finally {
            tracker.close();
        }
    }
}
