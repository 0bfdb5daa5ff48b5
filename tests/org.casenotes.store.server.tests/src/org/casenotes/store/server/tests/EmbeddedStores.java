package org.casenotes.store.server.tests;

import java.nio.file.Path;
import java.time.Clock;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;

/** Embedded, encrypted caseloads in a folder (a fast key derivation: these tests are not about the key). */
final class EmbeddedStores implements Stores {

    private static final CaseloadStoreFactory FACTORY = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000);
    private static final String PASSPHRASE = "river stone lantern 42";

    private final Path location;

    /** @param folder a test's temporary folder */
    EmbeddedStores(Path folder) {
        this.location = folder.resolve("caseload");
    }

    @Override
    public CaseloadStore create() {
        return FACTORY.create(location, secret(), ACTOR);
    }

    @Override
    public CaseloadStore reopen() {
        return FACTORY.open(location, secret(), ACTOR);
    }

    @Override
    public char[] secret() {
        return PASSPHRASE.toCharArray();
    }
}
