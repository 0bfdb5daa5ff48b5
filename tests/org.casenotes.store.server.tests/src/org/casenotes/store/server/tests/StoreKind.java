package org.casenotes.store.server.tests;

import java.nio.file.Path;

/** The kinds of {@link org.casenotes.store.CaseloadStore} every contract test runs against. */
enum StoreKind {

    /** The embedded, encrypted store of one clinician. */
    EMBEDDED {
        @Override
        Stores stores(Path folder) {
            return new EmbeddedStores(folder);
        }
    },

    /** An agency server on PostgreSQL. */
    SERVER {
        @Override
        Stores stores(Path folder) {
            return new ServerStores();
        }
    };

    /**
     * @param folder the test's temporary folder
     * @return where the test's stores come from
     */
    abstract Stores stores(Path folder);
}
