package org.casenotes.store.server.tests;

import java.nio.file.Path;
import java.time.Clock;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded, encrypted store (a caseload folder per test). */
class EmbeddedCaseloadStoreContractTest extends CaseloadStoreContract {

    private static final CaseloadStoreFactory FACTORY = new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), 1_000);
    private static final String PASSPHRASE = "river stone lantern 42";

    @TempDir
    Path temp;

    @Override
    CaseloadStore create() {
        return FACTORY.create(temp.resolve("caseload"), secret(), ACTOR);
    }

    @Override
    CaseloadStore reopen(CaseloadStore closed) {
        return FACTORY.open(temp.resolve("caseload"), secret(), ACTOR);
    }

    @Override
    char[] secret() {
        return PASSPHRASE.toCharArray();
    }
}
