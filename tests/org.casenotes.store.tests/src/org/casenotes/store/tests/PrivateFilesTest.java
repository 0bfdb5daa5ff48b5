package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casenotes.model.record.RecordPackage;
import org.casenotes.store.CaseloadStore;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every folder the store writes is 0700 and every file 0600, whatever the umask: the expected modes are compared
 * exactly, so a file created with the umask's default (0644 under 022, 0666 under 000) fails.
 */
class PrivateFilesTest {

    @TempDir
    Path temp;

    /** Every path under root (root included) with its mode, e.g. {@code "caseload.header" -> "rw-------"}. */
    static Map<String, String> modes(Path root) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                modes.put(root.getParent().relativize(path).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        return modes;
    }

    static void assertPrivate(Path root) throws IOException {
        Map<String, String> modes = modes(root);
        Map<String, String> expected = new TreeMap<>();
        modes.keySet().forEach(name -> expected.put(name,
                Files.isDirectory(root.getParent().resolve(name)) ? "rwx------" : "rw-------"));
        assertEquals(expected, modes);
    }

    @Test
    void aNewCaseloadIsPrivateAfterCreationSavesABackupAndARestore() throws IOException {
        Path location = temp.resolve("caseload");
        Path backups = Files.createDirectories(temp.resolve("backups"));
        Path backup = backups.resolve("friday.cnbackup");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            assertPrivate(location);
            store.saveClient(SampleRecords.client("c-1", "Theodora Quill", null));
            store.saveNote(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Saved."));
            store.autosaveDraft(SampleRecords.draft("n-1", "c-1", LocalDate.of(2026, 3, 2), "Autosaved."));
            assertPrivate(location);
            store.backupTo(backup);
        }
        assertPrivate(location);
        try (Stream<Path> beside = Files.list(backups)) {
            assertEquals(List.of(backup), beside.toList(), "no snapshot or partial file is left behind");
        }
        assertEquals("rw-------", mode(backup));
        Path restored = temp.resolve("restored");
        CaseloadStoreTest.FACTORY.restore(backup, EngineFixture.PASSPHRASE.toCharArray(), restored, "clin-2").close();
        assertPrivate(restored);
    }

    @Test
    void aCaseloadWrittenWithOpenPermissionsIsMadePrivateWhenOpenedForWork() throws IOException {
        Path location = temp.resolve("caseload");
        CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1").close();
        try (Stream<Path> paths = Files.walk(location)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(path,
                        PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(), "clin-1").close();
        assertPrivate(location);
        assertTrue(Files.exists(location.resolve("caseload.header")));
    }

    @Test
    void underAUmaskThatSharesEverythingTheStoreStillWritesPrivately() throws Exception {
        Path caseload = temp.resolve("caseload");
        Path backups = Files.createDirectories(temp.resolve("backups"));
        Path restored = temp.resolve("restored");
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 000 && umask && exec \"$@\"", "sh",
                ProcessHandle.current().info().command().orElse(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-cp", ChildJvm.classPath(List.of(PrivateCaseloadWriter.class, CaseloadStore.class,
                        RecordPackage.class, EObject.class, URI.class, Driver.class)),
                PrivateCaseloadWriter.class.getName(), caseload.toString(), backups.resolve("b.cnbackup").toString(),
                restored.toString()));
        Process writer = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(writer.waitFor(120, TimeUnit.SECONDS), "the writer finished");
        assertEquals(List.of("0000", "WRITTEN"), output.strip().lines().toList(), output);

        assertPrivate(caseload);
        assertPrivate(restored);
        assertEquals("rw-------", mode(backups.resolve("b.cnbackup")));
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
