package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.cli.internal.AuditLogCommand;
import org.casenotes.cli.internal.BackupCommand;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.cli.internal.RestoreCommand;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casenotes audit-log verify}, {@code backup} and {@code restore} on a small fictional caseload. */
class CaseloadCommandsTest {

    private static final String PASSPHRASE = "test passphrase, not a secret";

    @TempDir
    Path temp;

    private Path caseload;
    private long lastEntry;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void createCaseload() {
        caseload = temp.resolve("caseload");
        try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(caseload,
                PASSPHRASE.toCharArray(), "clin-ada")) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId("client-jonah");
            client.setLegalName("Jonah Pell");
            client.setStatus(ClientStatus.ACTIVE);
            store.saveClient(client);
            Note note = RecordFactory.eINSTANCE.createNote();
            note.setId("note-1");
            note.setClientId("client-jonah");
            note.setTemplateId("std.progress.DapNote");
            note.setStatus(NoteStatus.DRAFT);
            note.setDateOfService(LocalDate.of(2026, 11, 4));
            store.saveNote(note);
            store.loadClient("client-jonah");
            store.loadNote("note-1");
            lastEntry = store.auditLog().size();
        }
    }

    @Test
    void verifyOfAnAgencyServerNamesTheAccountAndSaysWhenTheServerCannotBeReached() throws IOException {
        AuditLogCommand command = new AuditLogCommand(Caseloads.embedded(), secret(PASSPHRASE),
                (variable, user) -> Optional.of("server-secret".toCharArray()));
        String closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = "jdbc:postgresql://127.0.0.1:" + socket.getLocalPort() + "/casenotes";
        }
        assertEquals(2, run(PASSPHRASE, command, "verify", closed));
        assertTrue(err().contains("usage: casenotes audit-log verify CASELOAD | verify jdbc:postgresql://HOST/DB"
                + " --user USER"), err());
        assertEquals(2, run(PASSPHRASE, command, "verify", closed, "--user", "jrivera"));
        assertTrue(err().contains("The agency server cannot be reached at " + closed), err());
        AuditLogCommand noPassword = new AuditLogCommand(Caseloads.embedded(), secret(PASSPHRASE),
                (variable, user) -> Optional.empty());
        assertEquals(2, run(PASSPHRASE, noPassword, "verify", closed, "--user", "jrivera"));
        assertTrue(err().contains("no password for jrivera; set CASENOTES_SERVER_PASSWORD"), err());
    }

    private int run(String passphrase, Object command, String... arguments) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        List<String> args = List.of(arguments);
        return switch (command) {
        case AuditLogCommand c -> c.run(args, o, e);
        case BackupCommand c -> c.run(args, o, e);
        case RestoreCommand c -> c.run(args, o, e);
        default -> throw new IllegalArgumentException();
        };
    }

    private int verify(String passphrase, String... arguments) {
        return run(passphrase, new AuditLogCommand(Caseloads.embedded(), secret(passphrase)), arguments);
    }

    private int backup(String... arguments) {
        return run(PASSPHRASE, new BackupCommand(Caseloads.embedded(), secret(PASSPHRASE)), arguments);
    }

    private int restore(String passphrase, String... arguments) {
        return run(passphrase, new RestoreCommand(Caseloads.embedded(), secret(passphrase)), arguments);
    }

    private static java.util.function.Supplier<Optional<char[]>> secret(String passphrase) {
        return () -> Optional.ofNullable(passphrase).map(String::toCharArray);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void verifyReportsAnIntactTrailAndItsAnchoredEnd() {
        assertEquals(ExitCode.CLEAN, verify(PASSPHRASE, "verify", caseload.toString()), err());
        assertTrue(out().contains("The audit trail of " + caseload + " is intact: " + lastEntry + " entries re-hashed,"
                + " 2 records match"), out());
        assertTrue(out().contains("the log still reaches entry #" + lastEntry), out());
        assertEquals("", err());
    }

    @Test
    void verifyFindsEntriesCutFromTheEndAndLeavesTheCaseloadAsItWas() {
        assertEquals(2, CaseloadFiles.cutAuditLogAfter(caseload, PASSPHRASE, lastEntry - 2));
        Map<String, String> before = CaseloadFiles.hashes(caseload);

        assertEquals(ExitCode.ERRORS_FOUND, verify(PASSPHRASE, "verify", caseload.toString()), err());

        assertTrue(out().contains("FAILED verification: 1 problem found"), out());
        assertTrue(out().contains("Audit entries #" + (lastEntry - 1) + " to #" + lastEntry
                + " were removed from the end of the log"), out());
        assertEquals(before, CaseloadFiles.hashes(caseload));
    }

    @Test
    void verifyOfACopyTruncatedTo100BytesSaysItIsDamagedAndLeavesItByteForByte() {
        CaseloadFiles.truncate(caseload.resolve(CaseloadFolderLayout.DATABASE_FILE), 100);
        Map<String, String> before = CaseloadFiles.hashes(caseload);

        assertEquals(ExitCode.ERRORS_FOUND, verify(PASSPHRASE, "verify", caseload.toString()));

        assertTrue(err().contains("the caseload file is damaged or not a Casenotes caseload"), err());
        assertFalse(err().toLowerCase().contains("sql"), err());
        assertEquals(before, CaseloadFiles.hashes(caseload));
    }

    @Test
    void verifyCannotRunWithoutTheRightPassphraseOrACaseload() {
        assertEquals(ExitCode.CANNOT_RUN, verify("wrong", "verify", caseload.toString()));
        assertTrue(err().contains("The passphrase does not unlock this caseload."), err());
        assertEquals(ExitCode.CANNOT_RUN, verify(null, "verify", caseload.toString()));
        assertEquals(ExitCode.CANNOT_RUN, verify(PASSPHRASE, "verify", temp.resolve("nowhere").toString()));
        assertEquals(ExitCode.CANNOT_RUN, verify(PASSPHRASE, caseload.toString()));
        assertTrue(err().contains("usage: casenotes audit-log verify CASELOAD"), err());
    }

    @Test
    void backupWritesAPrivateFileAndRestoreBringsItBackVerified() throws IOException {
        Path file = temp.resolve("friday.cnbackup");
        assertEquals(ExitCode.CLEAN, backup(caseload.toString(), file.toString()), err());
        assertTrue(out().startsWith("Backed up " + caseload + " to " + file), out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Path restored = temp.resolve("restored");
        assertEquals(ExitCode.CLEAN, restore(PASSPHRASE, file.toString(), restored.toString()), err());
        assertTrue(out().contains("Restored " + file + " into " + restored), out());
        assertEquals(ExitCode.CLEAN, verify(PASSPHRASE, "verify", restored.toString()), out());
    }

    @Test
    void backupNeverReplacesAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("taxes.txt"), "keep me");
        assertEquals(ExitCode.CANNOT_RUN, backup(caseload.toString(), file.toString()));
        assertTrue(err().contains("already exists"), err());
        assertEquals("keep me", Files.readString(file));
    }

    @Test
    void restoreNeverOverwritesACaseload() {
        Path file = temp.resolve("friday.cnbackup");
        backup(caseload.toString(), file.toString());
        Map<String, String> before = CaseloadFiles.hashes(caseload);
        assertEquals(ExitCode.CANNOT_RUN, restore(PASSPHRASE, file.toString(), caseload.toString()));
        assertTrue(err().contains("something is already there"), err());
        assertEquals(before, CaseloadFiles.hashes(caseload));
    }

    @Test
    void aDamagedBackupIsAProblemFoundAndRestoresNothing() throws IOException {
        Path file = temp.resolve("friday.cnbackup");
        backup(caseload.toString(), file.toString());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            int value = raf.read();
            raf.seek(raf.length() / 2);
            raf.write(value ^ 0x40);
        }
        Path restored = temp.resolve("restored");
        assertEquals(ExitCode.ERRORS_FOUND, restore(PASSPHRASE, file.toString(), restored.toString()));
        assertTrue(err().contains("damaged"), err());
        assertFalse(Files.exists(restored));
    }

    @Test
    void aBackupOfACutTrailFailsVerificationOnRestore() {
        CaseloadFiles.cutAuditLogAfter(caseload, PASSPHRASE, lastEntry - 2);
        Path file = temp.resolve("cut.cnbackup");
        assertEquals(ExitCode.CLEAN, backup(caseload.toString(), file.toString()), err());
        Path restored = temp.resolve("restored");
        assertEquals(ExitCode.ERRORS_FOUND, restore(PASSPHRASE, file.toString(), restored.toString()));
        assertTrue(err().contains("fails verification"), err());
        assertFalse(Files.exists(restored));
    }
}
