package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launch script's start-up caches in the user's cache folder: filled by the first start of an installation
 * (the framework unpacked, the launcher without its signature, an ahead-of-time cache or class-data-sharing
 * archive, kept only from a run that reached the workbench's window) and used, not rewritten, by the next; left
 * out entirely with {@code CASENOTES_CACHE=off}.
 */
class StartupCacheTest {

    /** An ahead-of-time cache from JDK 25 on, else a CDS archive (the product runs on the JDK these tests run on). */
    private static final String ARCHIVE = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";

    @TempDir
    Path temp;

    @Test
    void theFirstStartFillsTheCacheAndTheSecondUsesItUnchanged() throws Exception {
        Path cache = temp.resolve("cache");
        startAndQuit(Map.of("XDG_CACHE_HOME", cache.toString()), "first");
        Path casenotes = cache.resolve("casenotes");

        Path launcher = only(casenotes, "org.eclipse.equinox.launcher_", ".jar");
        try (JarFile jar = new JarFile(launcher.toFile())) {
            assertEquals("org.eclipse.equinox.launcher.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
            assertTrue(jar.stream().noneMatch(entry -> entry.getName().matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")),
                    "the launcher copy carries no signature");
        }
        Path framework = only(casenotes, "org.eclipse.osgi_", "");
        assertTrue(Files.exists(framework.resolve(".complete")), "the framework was unpacked completely");
        Path archive = only(casenotes, "classes-", ARCHIVE);
        assertEquals(List.of(archive), list(casenotes, "classes-", ""), "nothing half-written is left beside it");
        FileTime written = Files.getLastModifiedTime(archive);

        startAndQuit(Map.of("XDG_CACHE_HOME", cache.toString()), "second");
        assertEquals(List.of(archive), list(casenotes, "classes-", ARCHIVE), "the same archive, no second one");
        assertEquals(written, Files.getLastModifiedTime(archive),
                "the second start used the archive as it was (a rejected archive would not be reused)");
    }

    @Test
    void aRunThatEndsBeforeItsWindowLeavesNoArchiveForLaterStarts() throws Exception {
        Path cache = temp.resolve("cache");
        Path notAFolder = Files.writeString(temp.resolve("notes.txt"), "a clinician's file");
        try (ProductProcess refused = ProductProcess.start(notAFolder, temp.resolve("refused.txt"),
                Map.of("XDG_CACHE_HOME", cache.toString()))) {
            assertEquals(Optional.of(2), refused.waitForExit(Duration.ofSeconds(60)), refused.diagnostics());
        }
        assertEquals(List.of(), list(cache.resolve("casenotes"), "classes-", ""),
                "a run refused before its window keeps no archive of its few classes");

        startAndQuit(Map.of("XDG_CACHE_HOME", cache.toString()), "then");
        only(cache.resolve("casenotes"), "classes-", ARCHIVE);
    }

    @Test
    void withTheCacheOffNothingIsWrittenThere() throws Exception {
        Path cache = temp.resolve("cache");
        startAndQuit(Map.of("XDG_CACHE_HOME", cache.toString(), "CASENOTES_CACHE", "off"), "uncached");
        assertFalse(Files.exists(cache.resolve("casenotes")));
    }

    private void startAndQuit(Map<String, String> environment, String name) throws Exception {
        Path data = temp.resolve("data");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve(name + ".txt"), environment)) {
            String window = product.awaitWindow(ProductProcess.WINDOW_TIMEOUT);
            Optional<Integer> exit = product.quit(window, ProductProcess.SETTLE);
            assertEquals(Optional.of(0), exit, product.diagnostics());
            assertFalse(Files.exists(data.resolve(".metadata/.log")), "nothing was logged\n" + product.diagnostics());
        }
    }

    private static Path only(Path folder, String prefix, String suffix) throws Exception {
        List<Path> found = list(folder, prefix, suffix);
        assertEquals(1, found.size(), "one " + prefix + "*" + suffix + " in " + folder + ": " + found);
        return found.get(0);
    }

    private static List<Path> list(Path folder, String prefix, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)
                    && file.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
