package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.PublishedTemplate;
import org.casenotes.store.server.Role;
import org.junit.jupiter.api.Test;

/**
 * Templates published once reach every clinician of the agency (issue 19, item 5): an administrator publishes a
 * version on the server, each clinician's session reads it; nobody else publishes and nobody changes a published
 * version, not even by hand-written SQL.
 */
class PublishedTemplatesTest {

    private static final String PASSWORD = "templates-secret-for-tests";
    private static final String SOURCE_V1 = "template agency.intake \"Agency intake\" version 1 { }";
    private static final String SOURCE_V2 = "template agency.intake \"Agency intake\" version 2 { }";

    @Test
    void aVersionPublishedOnceIsReadByEveryClinicianAndNeverChanges() throws SQLException {
        AgencyServers agency = AgencyServers.initialised("tp-clin-1", PASSWORD);
        agency.addAccount("tp-clin-2", PASSWORD, Role.CLINICIAN, null);
        AgencySession administrator = agency.server().signIn(AgencyServers.ADMINISTRATOR,
                AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray());
        try {
            administrator.publish("agency.intake", 1, "Agency intake", SOURCE_V1);
            administrator.publish("agency.intake", 2, "Agency intake", SOURCE_V2);
            CaseloadStoreException twice = assertThrows(CaseloadStoreException.class,
                    () -> administrator.publish("agency.intake", 2, "Agency intake", "changed"));
            assertEquals("Version 2 of the template agency.intake is published on the agency server already; a"
                    + " published version never changes.", twice.getMessage());
            List<AuditEntry> entries = administrator.store().auditLog().entries(1, 1_000);
            assertTrue(entries.stream().anyMatch(e -> e.detail().equals("template agency.intake version 2 published")),
                    "publishing is in the audit log");
        } finally {
            administrator.store().close();
        }
        for (String clinician : List.of("tp-clin-1", "tp-clin-2")) {
            AgencySession session = agency.server().signIn(clinician, PASSWORD.toCharArray());
            try {
                List<PublishedTemplate> newest = session.publishedTemplates();
                assertEquals(1, newest.size());
                assertEquals(2, newest.get(0).version());
                assertEquals(SOURCE_V2, newest.get(0).source());
                assertEquals(AgencyServers.ADMINISTRATOR, newest.get(0).publishedBy());
                assertEquals(2, session.allPublishedTemplates().size());
            } finally {
                session.store().close();
            }
        }
        try (Connection admin = agency.connectAs(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD);
                Statement statement = admin.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE published_template SET source = 'x'"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void aClinicianCannotPublish() {
        AgencyServers agency = AgencyServers.initialised("tp-clin-3", PASSWORD);
        AgencySession clinician = agency.server().signIn("tp-clin-3", PASSWORD.toCharArray());
        try {
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                    () -> clinician.publish("agency.intake", 1, "Agency intake", SOURCE_V1));
            assertTrue(refused.getMessage().contains("your account is not allowed to"), refused.getMessage());
            assertTrue(clinician.publishedTemplates().isEmpty());
        } finally {
            clinician.store().close();
        }
    }
}
