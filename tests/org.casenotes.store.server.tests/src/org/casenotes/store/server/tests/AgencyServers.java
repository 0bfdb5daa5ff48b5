package org.casenotes.store.server.tests;

import org.casenotes.store.server.AgencyServer;

/** Agency servers set up as {@code casenotes server init} sets them up, each in a database of its own. */
final class AgencyServers {

    private AgencyServers() {
    }

    /**
     * @param user     a login to create (or re-use) with its password, allowed to work with the caseload's tables
     * @param password its password
     * @return a newly initialised agency server
     */
    static AgencyServer initialised(String user, String password) {
        LocalPostgres postgres = LocalPostgres.get();
        String url = postgres.newDatabase();
        AgencyServer server = AgencyServer.at(url);
        server.initialise(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(), "Riverside Counseling",
                "admin-1");
        String role = "\"" + user + "\"";
        postgres.execute(LocalPostgres.databaseOf(url), "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '"
                + user + "') THEN CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'; END IF; END $$",
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        return server;
    }
}
