package org.casenotes.cli.internal;

import org.casenotes.core.services.RegisteredService;
import org.casenotes.store.CaseloadStoreFactory;

/**
 * The embedded caseload store for the commands that open caseload folders, obtained through its Declarative Services
 * registration ({@link CaseloadStoreFactory#EMBEDDED}) as the workbench obtains it; the runtime is started first (the
 * launch script leaves it stopped, see {@link DeclarativeServices}).
 */
final class EmbeddedCaseloads {

    private EmbeddedCaseloads() {
    }

    /** @return the registered embedded store factory */
    static CaseloadStoreFactory factory() {
        DeclarativeServices.start();
        return RegisteredService.await(CaseloadStoreFactory.class,
                "(" + CaseloadStoreFactory.KIND_PROPERTY + "=" + CaseloadStoreFactory.EMBEDDED + ")",
                EmbeddedCaseloads.class);
    }
}
