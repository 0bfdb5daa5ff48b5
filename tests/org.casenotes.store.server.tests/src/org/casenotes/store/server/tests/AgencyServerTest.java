package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.TamperFinding;
import org.casenotes.store.TamperFinding.Problem;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.server.AgencyServer;
import org.casenotes.store.server.Role;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.Test;

/** What only the agency server promises: set-up, log-in, many sessions on one audit chain, tampering found. */
class AgencyServerTest {

    private static final String PASSWORD = "clinician-secret-for-tests";

    @Test
    void aWrongPasswordIsRefusedNamingTheAccount() {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        WrongPassphraseException refused = assertThrows(WrongPassphraseException.class,
                () -> agency.server().open("clin-1", "not it".toCharArray()));
        assertEquals("The agency server refused the user name clin-1 or its password: the password is wrong, or the"
                + " account has expired or been disabled. Nothing was read. Check the password, or ask your agency's"
                + " administrator.", refused.getMessage());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInOneSentence() {
        CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                () -> AgencyServer.at("jdbc:postgresql://127.0.0.1:1/casenotes?connectTimeout=2").open("clin-1",
                        PASSWORD.toCharArray()));
        assertTrue(refused.getMessage().startsWith("The agency server cannot be reached at jdbc:postgresql://127.0.0.1:1"),
                refused.getMessage());
    }

    @Test
    void anAddressThatIsNotPostgresIsRefusedBeforeConnecting() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> AgencyServer.at("jdbc:h2:/tmp/caseload"));
        assertTrue(refused.getMessage().contains("sslmode=verify-full"), refused.getMessage());
    }

    @Test
    void aDatabaseNotSetUpIsRefusedSayingWhoSetsItUp() {
        AgencyServers agency = AgencyServers.uninitialised();
        CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                () -> agency.server().open(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray()));
        assertTrue(refused.getMessage().endsWith("holds no Casenotes caseload yet; its administrator creates it with"
                + " 'casenotes server init'."), refused.getMessage());
    }

    @Test
    void settingUpTwiceChangesNothingAndSaysSo() {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        long entries;
        try (CaseloadStore store = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            entries = store.auditLog().size();
        }
        CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                () -> agency.server().initialise(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray(),
                        "Another Agency", "admin-2", "another-secret".toCharArray()));
        assertEquals("This agency server is already set up; nothing was changed. ('casenotes server migrate' brings"
                + " its schema up to date.)", refused.getMessage());
        assertEquals(0, agency.server().migrate(LocalPostgres.OWNER, LocalPostgres.OWNER_PASSWORD.toCharArray()),
                "each migration is applied once");
        try (CaseloadStore store = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            assertEquals(entries + 1, store.auditLog().size(), "only this unlock was recorded since");
        }
    }

    @Test
    void anOwnerWhoMayOnlyCreateRolesSetsUpTheAgencyAsTheReadmeSays() {
        LocalPostgres postgres = LocalPostgres.get();
        postgres.execute("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'it_owner')"
                + " THEN CREATE ROLE it_owner LOGIN CREATEROLE PASSWORD 'it-secret'; END IF; END $$",
                "CREATE DATABASE agency_of_it_owner OWNER it_owner");
        AgencyServer server = AgencyServer.at(postgres.url("agency_of_it_owner"));
        assertEquals(7, server.initialise("it_owner", "it-secret".toCharArray(), "Riverside Counseling", "it-admin",
                "admin-secret".toCharArray()));
        server.addAccount("it_owner", "it-secret".toCharArray(), "it-clinician", PASSWORD.toCharArray(),
                Role.CLINICIAN, null);
        try (CaseloadStore store = server.open("it-clinician", PASSWORD.toCharArray())) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            assertEquals(1, store.listClients().size());
            assertTrue(store.auditLog().verify().isIntact());
        }
    }

    @Test
    void entriesCutFromTheEndOfTheLogAreReported() {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        try (CaseloadStore store = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            long last = store.auditLog().size();
            assertTrue(store.auditLog().verify().isIntact());

            // the log refuses even its owner a DELETE: the owner has to switch its triggers off first
            assertThrows(IllegalStateException.class, () -> agency.asOwner("DELETE FROM audit_link WHERE seq = "
                    + last));
            agency.asOwner("ALTER TABLE audit_link DISABLE TRIGGER USER", "DELETE FROM audit_link WHERE seq = " + last);

            VerificationReport report = store.auditLog().verify();
            assertEquals(last, report.anchoredSequence());
            assertTrue(report.findings().stream().map(TamperFinding::problem).toList()
                    .contains(Problem.AUDIT_END_REMOVED), report.findings().toString());
        }
    }

    @Test
    void aNoteChangedBehindTheStoresBackIsReported() {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        try (CaseloadStore store = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            store.saveNote(SampleRecords.signed(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2),
                    "As signed.")));

            String overwrite = "UPDATE note_content SET content = content || '\\x00'::bytea WHERE id = 'n-1'";
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> agency.asOwner(overwrite));
            assertTrue(refused.getMessage().contains("cannot be overwritten"), refused.getMessage());
            agency.asOwner("ALTER TABLE note_content DISABLE TRIGGER USER", overwrite);

            List<TamperFinding> findings = store.auditLog().verify().findings();
            assertEquals(List.of(Problem.CONTENT_ALTERED), findings.stream().map(TamperFinding::problem).toList());
            assertEquals("n-1", findings.get(0).objectId());
        }
    }

    @Test
    void manySessionsSavingAtOnceWriteOneUnbrokenChainAndLoseNothing() throws Exception {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        agency.addAccount("clin-2", PASSWORD, Role.CLINICIAN, null);
        try (CaseloadStore creator = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            creator.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
        }
        agency.server().assign(AgencyServers.ADMINISTRATOR, AgencyServers.ADMINISTRATOR_PASSWORD.toCharArray(), "c-1",
                "clin-2");
        try (CaseloadStore first = agency.server().open("clin-1", PASSWORD.toCharArray());
                CaseloadStore second = agency.server().open("clin-2", PASSWORD.toCharArray())) {
            ExecutorService sessions = Executors.newFixedThreadPool(2);
            List<Future<?>> saves = new ArrayList<>();
            for (CaseloadStore store : List.of(first, second)) {
                saves.add(sessions.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        store.saveNote(AgencyServers.writtenBy(store.actor(),
                                SampleRecords.draft(store.actor() + "-n-" + i, "c-1", LocalDate.of(2026, 3, 2),
                                        "Note " + i + " by " + store.actor())));
                    }
                }));
            }
            for (Future<?> save : saves) {
                save.get();
            }
            sessions.shutdown();

            assertEquals(80, first.listClients().get(0).noteCount());
            VerificationReport report = second.auditLog().verify();
            assertTrue(report.isIntact(), report.findings().toString());
            assertEquals(81, report.recordsChecked(), "the client and 80 notes, all read by a clinician who made half");
            List<String> actors = first.auditLog().entries(1, 1000).stream().map(AuditEntry::actor).distinct()
                    .sorted().toList();
            assertEquals(List.of(AgencyServers.ADMINISTRATOR, LocalPostgres.OWNER, "clin-1", "clin-2"), actors);
        }
    }

    @Test
    void aBackupIsLeftToTheServersAdministrators() {
        AgencyServers agency = AgencyServers.initialised("clin-1", PASSWORD);
        try (CaseloadStore store = agency.server().open("clin-1", PASSWORD.toCharArray())) {
            CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                    () -> store.backupTo(Path.of("/tmp/never-written")));
            assertTrue(refused.getMessage().contains("pg_dump"), refused.getMessage());
        }
    }
}
