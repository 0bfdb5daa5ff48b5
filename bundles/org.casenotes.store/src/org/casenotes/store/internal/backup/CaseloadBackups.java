package org.casenotes.store.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.zip.ZipInputStream;

import org.casenotes.store.AuditAction;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CorruptCaseloadException;
import org.casenotes.store.RecordKind;
import org.casenotes.store.VerificationReport;
import org.casenotes.store.internal.EmbeddedSession;
import org.casenotes.store.internal.CaseloadStaging;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.casenotes.store.internal.layout.CaseloadHeader;
import org.casenotes.store.internal.layout.PrivateFiles;

/** Backs up an open caseload to one encrypted file, and restores such a file as a new caseload. */
public final class CaseloadBackups {

    private CaseloadBackups() {
    }

    /**
     * Records the backup in the audit log (so the backup contains its own entry, and the header, anchored at it or
     * later, carries the log's end), then copies a consistent snapshot of the encrypted database, taken by the engine
     * while the caseload stays open into a private (0700) folder beside the backup.
     *
     * @param session the open caseload
     * @param target  the backup file
     */
    public static void backup(EmbeddedSession session, Path target) {
        Path absolute = target.toAbsolutePath();
        session.write(c -> session.audit().append(c, session.actor(), AuditAction.BACKUP, RecordKind.CASELOAD, "",
                "backup " + absolute.getFileName(), null));
        Path snapshotFolder;
        try {
            snapshotFolder = PrivateFiles.createDirectories(
                    absolute.resolveSibling("." + absolute.getFileName() + ".snapshot"));
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot back up the caseload to " + absolute + ": " + e.getMessage(), e);
        }
        Path snapshot = snapshotFolder.resolve("caseload.zip");
        try {
            session.read(c -> {
                try (Statement statement = c.createStatement()) {
                    statement.execute("BACKUP TO '" + snapshot.toString().replace("'", "''") + "'");
                }
                return null;
            });
            byte[] header = Files.readAllBytes(
                    session.directory().location().resolve(CaseloadFolderLayout.HEADER_FILE));
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(snapshot))) {
                if (zip.getNextEntry() == null) {
                    throw new CaseloadStoreException("The database engine produced an empty snapshot.");
                }
                BackupFile.write(absolute, header, zip);
            }
        } catch (IOException e) {
            throw new CaseloadStoreException("Cannot back up the caseload: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(snapshot);
                Files.deleteIfExists(snapshotFolder);
            } catch (IOException e) {
                // only the (encrypted) snapshot is left behind
            }
        }
    }

    /**
     * Restores a backup as a new caseload: unpacks and checks it in a staging directory, opens it with the
     * passphrase, verifies the audit chain and every sealed record, records the restore, and only then moves it
     * to {@code location}.
     *
     * @param backup     the backup file
     * @param passphrase the backup's passphrase (wiped by this call)
     * @param location   where the caseload goes (absent or an empty directory)
     * @param actor      who restores
     * @param clock      the store clock
     * @return the restored caseload, unlocked
     */
    public static EmbeddedSession restore(Path backup, char[] passphrase, Path location, String actor,
            Clock clock) {
        char[] second = passphrase.clone();
        try {
            CaseloadStaging staging = CaseloadStaging.forTarget(location);
            CaseloadFolderLayout staged = staging.directory();
            try {
                byte[] header = BackupFile.unpack(backup, staged.databaseFile());
                staged.writeHeader(CaseloadHeader.decode(header));
                try (EmbeddedSession session = EmbeddedSession.open(staged, passphrase, actor, clock)) {
                    VerificationReport report = session.verifyAuditTrail();
                    if (!report.isIntact()) {
                        throw new CorruptCaseloadException("The backup fails verification: "
                                + report.findings().get(0).description());
                    }
                    session.write(c -> session.audit().append(c, actor, AuditAction.RESTORE, RecordKind.CASELOAD,
                            "", "restore " + backup.getFileName(), null));
                }
                staging.complete();
            } catch (RuntimeException e) {
                staging.abandon();
                throw e;
            }
            return EmbeddedSession.open(new CaseloadFolderLayout(location), second, actor, clock);
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(second, '\0');
        }
    }
}
