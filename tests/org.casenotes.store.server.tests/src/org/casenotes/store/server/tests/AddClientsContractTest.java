package org.casenotes.store.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.RecordKind;
import org.casenotes.store.tests.SampleRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Adding many clients at once, as an import does: one transaction, all or none, each audited. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class AddClientsContractTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path temp;

    private Stores stores;
    private CaseloadStore store;

    @BeforeEach
    void createWithOneClient() {
        stores = kind.stores(temp);
        store = stores.create();
        store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> ids() {
        return store.listClients().stream().map(ClientSummary::id).sorted().toList();
    }

    @Test
    void everyClientIsSavedDurablyWithItsOwnCreateEntry() {
        long before = store.auditLog().size();

        store.addClients(List.of(SampleRecords.client("i-1", "Orla Ives", null),
                SampleRecords.client("i-2", "Cleo Park", "Cleo")));

        store.close();
        store = stores.reopen();
        assertEquals(List.of("c-1", "i-1", "i-2"), ids());
        assertEquals("Cleo", store.loadClient("i-2").orElseThrow().getPreferredName());
        for (String id : List.of("i-1", "i-2")) {
            List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, id);
            assertEquals(AuditAction.CREATE, entries.get(0).action());
            assertEquals(Stores.ACTOR, entries.get(0).actor());
        }
        assertTrue(store.auditLog().size() >= before + 2);
        assertTrue(store.auditLog().verify().isIntact());
    }

    @Test
    void anIdAlreadyInTheCaseloadRefusesTheWholeBatchAndChangesNothing() {
        long before = store.auditLog().size();

        CaseloadStoreException refused = assertThrows(CaseloadStoreException.class,
                () -> store.addClients(List.of(SampleRecords.client("i-1", "Orla Ives", null),
                        SampleRecords.client("c-1", "Someone Else", null))));

        assertTrue(refused.getMessage().contains("c-1"), refused.getMessage());
        assertEquals(List.of("c-1"), ids());
        assertEquals("Theodora Quill", store.loadClient("c-1").orElseThrow().getLegalName());
        assertEquals(before + 1, store.auditLog().size(), "only the open of c-1 above was recorded");
    }

    @Test
    void twoClientsWithOneIdAreRefusedBeforeAnythingIsWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> store.addClients(List.of(SampleRecords.client("i-1", "Orla Ives", null),
                        SampleRecords.client("i-1", "Cleo Park", null))));

        assertEquals(List.of("c-1"), ids());
    }
}
