package org.casenotes.store.server.tests;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencyServer;

/** The store contract on an agency server: a fresh database per test on the test run's PostgreSQL. */
class ServerCaseloadStoreContractTest extends CaseloadStoreContract {

    private static final String PASSWORD = "clinician-secret-for-tests";

    private AgencyServer server;

    @Override
    CaseloadStore create() {
        server = AgencyServers.initialised(ACTOR, PASSWORD);
        return server.open(ACTOR, secret());
    }

    @Override
    CaseloadStore reopen(CaseloadStore closed) {
        return server.open(ACTOR, secret());
    }

    @Override
    char[] secret() {
        return PASSWORD.toCharArray();
    }
}
