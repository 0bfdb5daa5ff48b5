package org.casenotes.store.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;

import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.internal.audit.AuditTable;
import org.casenotes.store.internal.crypto.AnchorSeal;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.h2.H2Engine;
import org.casenotes.store.internal.h2.Schema;
import org.casenotes.store.internal.h2.Transactions;
import org.casenotes.store.internal.layout.AnchorSlots;
import org.casenotes.store.internal.layout.AuditAnchor;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;
import org.casenotes.store.internal.layout.PrivateFiles;

/** Creates a new caseload, built in a {@link CaseloadStaging} directory and moved into place when complete. */
public final class CaseloadCreation {

    /**
     * PBKDF2 iterations for new caseloads: a few tenths of a second on a small laptop core, which keeps opening a
     * caseload under the 2 s goal while making each passphrase guess cost as much. Stored in the header, so it can
     * be raised for new caseloads without breaking old ones.
     */
    public static final int DEFAULT_ITERATIONS = 210_000;

    /** PBKDF2 iterations for caseloads under a published passphrase (the demo): no stretching worth the name. */
    public static final int PUBLISHED_PASSPHRASE_ITERATIONS = 1_000;

    private CaseloadCreation() {
    }

    /**
     * @param location   where the caseload goes (must not exist, or be an empty directory)
     * @param passphrase the passphrase (wiped by this call)
     * @param actor      who creates it
     * @param clock      the store clock
     * @param iterations PBKDF2 iterations
     * @return the new caseload, unlocked
     */
    public static EmbeddedSession create(Path location, char[] passphrase, String actor, Clock clock,
            int iterations) {
        CaseloadStaging staging;
        CaseloadKey key;
        byte[] salt = new byte[16];
        try {
            staging = CaseloadStaging.forTarget(location);
            new SecureRandom().nextBytes(salt);
            key = CaseloadKey.derive(passphrase, salt, iterations);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        CaseloadFolderLayout staged = staging.directory();
        try {
            staged.writeHeader(new CaseloadHeader(CaseloadHeader.CURRENT_FORMAT, iterations, salt, key.keyCheck()));
            PrivateFiles.createFile(staged.databaseFile());
            AuditEntry created;
            try (Connection connection = H2Engine.open(staged, key, H2Engine.Access.CREATE)) {
                AuditTable audit = new AuditTable(clock);
                created = new Transactions(connection).durably(c -> {
                    Schema.create(c);
                    return audit.append(c, actor, AuditAction.CREATE_CASELOAD, RecordKind.CASELOAD, "", "", null);
                });
            }
            try (AnchorSeal seal = AnchorSeal.of(key)) {
                staged.writeHeader(staged.readHeader().withAnchors(
                        new AnchorSlots(seal.seal(created.sequence(), created.hash()), AuditAnchor.NONE)));
            }
            staged.restrictPermissions();
            staging.complete();
        } catch (IOException | SQLException | RuntimeException e) {
            key.close();
            staging.abandon();
            throw e instanceof CaseloadStoreException failure ? failure
                    : new CaseloadStoreException("Cannot create the caseload: " + e.getMessage(), e);
        }
        return EmbeddedSession.openCreated(new CaseloadFolderLayout(location), key, actor, clock);
    }
}
