package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file the store writes contains client data in plaintext: not while open, not after closing, not backups, not
 * the search index.
 */
class PlaintextScanTest {

    private static final List<String> SECRETS = List.of("Theodora Quillfeather", "Quillfeather", "Marisol Ebbingwood",
            "lighthouse keeper's panic", "kestrel-blue bicycle", "My private impression of the harbour dream",
            "Typed but not yet saved: orchard ladder");

    @TempDir
    Path temp;

    @Test
    void theScanFindsTextWhereItIsPlain() throws IOException {
        Path plain = Files.writeString(temp.resolve("plain.txt"), "x " + SECRETS.get(3) + " y",
                StandardCharsets.UTF_16LE);
        assertEquals(List.of(plain + ": " + SECRETS.get(3)), leaks(List.of(plain)));
    }

    @Test
    void noClientDataIsReadableInTheStoresFiles() throws IOException, InterruptedException {
        Path location = temp.resolve("caseload");
        Path backup = temp.resolve("caseload.backup");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location,
                EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
            store.saveClient(SampleRecords.client("c-1", "Theodora Quillfeather", "Teddy"));
            store.saveClient(SampleRecords.client("c-2", "Marisol Ebbingwood", null));
            for (int i = 0; i < 50; i++) {
                store.saveNote(SampleRecords.draft("n-" + i, "c-1", LocalDate.of(2026, 1, 1).plusDays(i),
                        "Session " + i + ": described the lighthouse keeper's panic and the kestrel-blue bicycle."));
            }
            store.psychotherapyNotes().save(SampleRecords.draft("p-1", "c-1", LocalDate.of(2026, 2, 1),
                    "My private impression of the harbour dream."));
            Note typing = SampleRecords.draft("n-0", "c-1", LocalDate.of(2026, 1, 1),
                    "Typed but not yet saved: orchard ladder");
            store.autosaveDraft(typing);
            store.loadClient("c-1");
            // the search indexes hold every word above; they are kept inside the encrypted database
            assertTrue(store.noteSearch().awaitComplete(Duration.ofSeconds(30)));
            assertEquals(10, store.noteSearch().search("\"kestrel-blue bicycle\"", 10).size());
            assertEquals(1, store.psychotherapyNotes().search().search("harbour dream", 10).size());
            assertEquals(List.of(), leaks(filesUnder(location)), "while open");
            store.backupTo(backup);
            store.lock(); // commits the indexes into the database
            assertEquals(List.of(), leaks(filesUnder(location)), "while locked");
            store.unlock(EngineFixture.PASSPHRASE.toCharArray());
        }
        List<Path> written = filesUnder(location);
        assertEquals(Set.of(CaseloadFolderLayout.HEADER_FILE, CaseloadFolderLayout.DATABASE_FILE),
                Set.copyOf(written.stream().map(p -> p.getFileName().toString()).toList()),
                "the store writes only its header and its encrypted database");
        assertEquals(List.of(), leaks(written), "after closing");
        assertEquals(List.of(), leaks(List.of(backup)), "in the backup");
        assertTrue(Files.size(backup) > 0);
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Every (file, secret) pair where the secret occurs in UTF-8, UTF-16 or lower case. */
    private static List<String> leaks(List<Path> files) throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            for (String secret : SECRETS) {
                for (String variant : List.of(secret, secret.toLowerCase(Locale.ROOT))) {
                    for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                            StandardCharsets.UTF_16BE)) {
                        if (contains(content, variant.getBytes(charset)) && !leaks.contains(file + ": " + secret)) {
                            leaks.add(file + ": " + secret);
                        }
                    }
                }
            }
        }
        return leaks;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
