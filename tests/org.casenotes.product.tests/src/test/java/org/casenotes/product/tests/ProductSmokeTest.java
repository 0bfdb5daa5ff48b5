package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the materialized product through its launch script, as a user would, and checks that the Casenotes
 * window comes up and the workbench shuts down cleanly; and that bad start-up input fails with a clear message.
 */
class ProductSmokeTest {


    @TempDir
    Path temp;

    @BeforeAll
    static void productIsMaterialized() {
        assertTrue(Files.isExecutable(ProductProcess.PRODUCT.resolve("casenotes")),
                "the build materializes the product with its launch script at " + ProductProcess.PRODUCT);
        assertTrue(System.getenv("DISPLAY") != null, "the smoke test needs an X display (./mvnw starts Xvfb when none is set)");
    }

    @Test
    void windowComesUpAndTheWorkbenchShutsDownCleanly() throws Exception {
        Path data = temp.resolve("Casenotes data");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("out.txt"), Map.of())) {
            String window = product.awaitWindow(ProductProcess.WINDOW_TIMEOUT);
            Optional<Integer> exit = product.quit(window, ProductProcess.SETTLE);
            assertTrue(exit.isPresent(), "File > Exit (Ctrl+Q) closes the workbench\n" + product.diagnostics());
            assertEquals(0, exit.get(), product.diagnostics());
            assertTrue(Files.exists(data.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi")),
                    "a clean shutdown saves the workbench state into the data folder\n" + product.diagnostics());
            assertFalse(Files.exists(data.resolve(".metadata/.log")), "nothing was logged as an error\n" + product.diagnostics());
        }
    }

    @Test
    void dataFolderThatIsAFileIsRefusedAndLeftAlone() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a clinician's file");
        try (ProductProcess product = ProductProcess.start(file, temp.resolve("out.txt"), Map.of())) {
            Optional<Integer> exit = product.waitForExit(Duration.ofSeconds(60));
            assertEquals(Optional.of(2), exit, product.diagnostics());
            assertTrue(product.output().contains("Cannot use " + file + " as the Casenotes data folder: it is a file"),
                    product.output());
            assertEquals("a clinician's file", Files.readString(file));
        }
    }

    @Test
    void withoutADisplayItSaysSoInOneLine() throws Exception {
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        Path data = temp.resolve("data");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("out.txt"), noDisplay)) {
            Optional<Integer> exit = product.waitForExit(Duration.ofSeconds(30));
            assertEquals(Optional.of(3), exit, product.diagnostics());
            assertTrue(product.output().startsWith("casenotes: no display"), product.output());
            assertFalse(Files.exists(data), "nothing is created when the product cannot start");
        }
    }

    @Test
    void lintRunsHeadlessThroughTheSameLauncher() throws Exception {
        Path note = Files.writeString(temp.resolve("note.txt"), "Client was uncooperative and refused the homework.\n");
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        try (ProductProcess product = ProductProcess.start(temp.resolve("data"), temp.resolve("out.txt"), noDisplay,
                "lint", note.toString())) {
            Optional<Integer> exit = product.waitForExit(Duration.ofSeconds(60));
            assertTrue(exit.isPresent() && exit.get() <= 1, "lint finishes with 0 or 1\n" + product.diagnostics());
            assertTrue(product.output().contains(note + ":1:12: "), product.output());
            assertTrue(product.output().contains("[language.judgmental]"), product.output());
            assertTrue(product.output().contains("1 file checked:"), product.output());
        }
    }

    @Test
    void caseloadCommandsRunHeadlessThroughTheSameLauncher() throws Exception {
        Map<String, String> headless = new HashMap<>();
        headless.put("DISPLAY", null);
        headless.put("WAYLAND_DISPLAY", null);
        headless.put("CASENOTES_PASSPHRASE", "not the passphrase of anything");
        Path nowhere = temp.resolve("no-caseload-here");
        for (List<String> command : List.of(List.of("audit-log", "verify", nowhere.toString()),
                List.of("backup", nowhere.toString(), temp.resolve("b.cnbackup").toString()),
                List.of("restore", nowhere.toString(), temp.resolve("restored").toString()))) {
            try (ProductProcess product = ProductProcess.start(temp.resolve("data"), temp.resolve("out.txt"),
                    headless, command.toArray(String[]::new))) {
                Optional<Integer> exit = product.waitForExit(Duration.ofSeconds(60));
                assertEquals(Optional.of(2), exit, command + "\n" + product.diagnostics());
                assertTrue(product.output().startsWith("casenotes " + command.get(0)), product.output());
                assertTrue(product.output().contains(nowhere.toString()), product.output());
            }
        }
    }
}
