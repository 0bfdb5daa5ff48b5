package org.casenotes.store;

import java.time.Clock;

import org.casenotes.store.internal.CaseloadCreation;
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

    /**
     * The embedded store for caseloads whose passphrase is published, such as the fictional demo caseload: the
     * passphrase is still what encrypts the data, but it is not stretched. Stretching makes each guess at a secret
     * passphrase expensive; a passphrase printed in the documentation needs no guessing, so the stretching would
     * only slow every opening down (a few tenths of a second of one core, at the workbench's start). Caseloads this
     * factory creates record the lower cost in their header; it opens any caseload, whatever its cost.
     *
     * @return the embedded store that creates caseloads with 1,000 PBKDF2 iterations instead of 210,000
     */
    public static CaseloadStoreFactory embeddedUnderPublishedPassphrase() {
        return new EmbeddedCaseloadStoreFactory(Clock.systemUTC(), CaseloadCreation.PUBLISHED_PASSPHRASE_ITERATIONS);
    }
}
