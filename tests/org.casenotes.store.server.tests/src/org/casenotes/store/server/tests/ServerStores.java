package org.casenotes.store.server.tests;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.server.AgencyServer;

/** Caseloads on agency servers: a new database per test on the test run's PostgreSQL, opened as a clinician. */
final class ServerStores implements Stores {

    private static final String PASSWORD = "clinician-secret-for-tests";

    private AgencyServer server;

    @Override
    public CaseloadStore create() {
        server = AgencyServers.initialised(ACTOR, PASSWORD).server();
        return reopen();
    }

    @Override
    public CaseloadStore reopen() {
        return server.open(ACTOR, secret());
    }

    @Override
    public char[] secret() {
        return PASSWORD.toCharArray();
    }
}
