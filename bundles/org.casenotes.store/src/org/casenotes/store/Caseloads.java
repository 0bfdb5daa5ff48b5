package org.casenotes.store;

import org.casenotes.store.internal.EmbeddedCaseloadStoreFactory;

/** Entry point to the caseload store implementations shipped with Casenotes. */
public final class Caseloads {

    private Caseloads() {
    }

    /**
     * @return the embedded, encrypted, single-user store (a folder on the local disk; no setup needed)
     */
    public static CaseloadStoreFactory embedded() {
        return new EmbeddedCaseloadStoreFactory();
    }
}
