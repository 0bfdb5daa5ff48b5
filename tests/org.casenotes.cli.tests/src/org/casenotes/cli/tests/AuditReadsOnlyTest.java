package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.cli.internal.AuditCommand;
import org.casenotes.cli.internal.AuditRules;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code casenotes audit} reads the caseload it checks without writing to it: one audit entry records the whole
 * audit, and a damaged copy is left byte for byte as it was.
 */
class AuditReadsOnlyTest {

    private static final String PASSPHRASE = "test passphrase, not a secret";
    private static final int CLIENTS = 4;

    @TempDir
    Path temp;

    private Path caseload;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createCaseload() {
        caseload = temp.resolve("caseload");
        try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(caseload,
                PASSPHRASE.toCharArray(), "clin-ada")) {
            for (int i = 1; i <= CLIENTS; i++) {
                Client client = RecordFactory.eINSTANCE.createClient();
                client.setId("client-" + i);
                client.setLegalName("Client Number" + i);
                client.setStatus(ClientStatus.ACTIVE);
                store.saveClient(client);
            }
        }
    }

    private int audit() {
        AuditCommand command = new AuditCommand(
                caseload -> AuditRules.of(RuleCatalogue.installed(), RulePolicy.DEFAULT, Clock.systemUTC()),
                caseload -> (templateId, version) -> Optional.empty(), Caseloads.embedded(),
                () -> Optional.of(PASSPHRASE.toCharArray()));
        return command.run(List.of(caseload.toString()), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<AuditEntry> entries() {
        try (CaseloadStore store = Caseloads.embedded().openForReading(caseload, PASSPHRASE.toCharArray(), "test")) {
            return store.auditLog().entries(1, 10_000);
        }
    }

    @Test
    void anAuditIsRecordedAsOneEntryNotOnePerClient() {
        List<AuditEntry> before = entries();
        assertEquals(ExitCode.CLEAN, audit(), err.toString(StandardCharsets.UTF_8));
        List<AuditEntry> after = entries();
        // after: the entries before, the entry of the read that listed them, then what the audit added
        List<AuditEntry> added = after.subList(before.size() + 1, after.size());
        assertEquals(1, added.size(), added::toString);
        assertEquals(AuditAction.OPEN, added.get(0).action());
        assertEquals(RecordKind.CASELOAD, added.get(0).kind());
        assertEquals("casenotes-audit", added.get(0).actor());
        assertEquals("read only: " + CLIENTS + " clients opened", added.get(0).detail());
    }

    @Test
    void aCopyTruncatedTo100BytesIsLeftByteForByte() {
        CaseloadFiles.truncate(caseload.resolve(CaseloadFolderLayout.DATABASE_FILE), 100);
        Map<String, String> before = CaseloadFiles.hashes(caseload);
        assertEquals(ExitCode.CANNOT_RUN, audit());
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("the caseload file is damaged or not a Casenotes caseload"), message);
        assertFalse(message.contains("lacks its tables"), message);
        assertEquals(before, CaseloadFiles.hashes(caseload));
    }

    @Test
    void aCopyWhoseTrailWasCutIsLeftByteForByte() {
        long last = entries().size();
        CaseloadFiles.cutAuditLogAfter(caseload, PASSPHRASE, last - 2);
        Map<String, String> before = CaseloadFiles.hashes(caseload);
        audit();
        assertEquals(before, CaseloadFiles.hashes(caseload));
    }
}
