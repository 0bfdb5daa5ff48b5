package org.casenotes.ui.caseload;

import org.casenotes.core.services.RegisteredService;
import org.casenotes.store.CaseloadStoreFactory;

/**
 * The embedded caseload store the workbench creates, opens and restores caseload folders with, obtained through its
 * Declarative Services registration ({@link CaseloadStoreFactory#EMBEDDED}), so that a bundle can replace it. The
 * agency server's caseloads are opened apart (File &gt; Open Agency Server...).
 */
final class EmbeddedCaseloads {

    private static volatile CaseloadStoreFactory factory;

    private EmbeddedCaseloads() {
    }

    /** @return the registered embedded store factory, looked up once */
    static CaseloadStoreFactory factory() {
        CaseloadStoreFactory known = factory;
        if (known == null) {
            known = RegisteredService.await(CaseloadStoreFactory.class,
                    "(" + CaseloadStoreFactory.KIND_PROPERTY + "=" + CaseloadStoreFactory.EMBEDDED + ")",
                    EmbeddedCaseloads.class);
            factory = known;
        }
        return known;
    }
}
