package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's writing arrangement across a real restart of the product, on one data folder: the first start's window
 * fills the screen; a note opened from the keyboard is open again at the next start, and the window keeps the size
 * the clinician left it at instead of filling the screen again.
 */
class WritingArrangementRestartTest {

    private static final String DEMO = "Casenotes - Demo caseload (fictional clients)";
    /** Which notes were open at exit: the workbench's own preference, in the data folder (ids only, never text). */
    private static final String NOTES_LEFT_OPEN = "notesLeftOpen.demo";
    /**
     * On a display without a window manager SWT takes a guessed frame off the window's size (1434x871 on 1440x900):
     * the first start is to fill the screen up to that.
     */
    private static final int GUESSED_FRAME = 40;
    private static final Map<String, String> UNCACHED = Map.of("CASENOTES_CACHE", "off");

    @TempDir
    Path temp;

    @BeforeAll
    static void productIsMaterialized() {
        assertTrue(Files.isExecutable(ProductProcess.PRODUCT.resolve("casenotes")),
                "the build materializes the product at " + ProductProcess.PRODUCT);
        assertTrue(System.getenv("DISPLAY") != null, "needs an X display (./mvnw starts Xvfb when none is set)");
    }

    @Test
    void theFirstStartFillsTheScreenAndTheNextRestoresTheWindowAndTheOpenNote() throws Exception {
        Path data = temp.resolve("data");
        X11.Size screen = X11.screen();
        X11.Size leftAt = new X11.Size(screen.width() * 3 / 4, screen.height() * 3 / 4);
        String noteLeftOpen;
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("first.txt"), UNCACHED)) {
            String window = await(product, () -> X11.mappedWindowTitled(DEMO));
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            X11.Size first = X11.size(window);
            assertTrue(first.width() >= screen.width() - GUESSED_FRAME
                    && first.height() >= screen.height() - GUESSED_FRAME,
                    "the first start fills the " + screen + " screen: " + first);

            // the search box has the keyboard: a client's id, Down to choose it, New Note, Finish
            X11.pressKeys(window, "Escape");
            X11.type("C-1003");
            Thread.sleep(1_000);
            X11.keys("Down");
            Thread.sleep(1_000);
            X11.keys("ctrl+alt+n");
            String wizard = await(product, () -> X11.mappedWindowTitled("New Note"));
            Thread.sleep(1_000);
            X11.pressKeys(wizard, "Return");
            await(product, () -> X11.mappedWindowTitled("New Note").isPresent() ? Optional.empty()
                    : Optional.of("closed"));

            X11.resize(window, leftAt.width(), leftAt.height());
            awaitTrue(product, () -> leftAt.equals(size(window)), "the window resized to " + leftAt);
            assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n" + product.diagnostics());
            noteLeftOpen = preferences(data).getProperty(NOTES_LEFT_OPEN, "");
            assertTrue(noteLeftOpen.startsWith("C-1003\t"), "the new note of C-1003 is remembered as open: '"
                    + noteLeftOpen + "'\n" + product.diagnostics());
        }

        try (ProductProcess product = ProductProcess.start(data, temp.resolve("second.txt"), UNCACHED)) {
            String window = await(product, () -> X11.mappedWindowTitled(DEMO));
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            assertEquals(leftAt, X11.size(window), "the window as it was left, not the whole screen again");
            awaitTrue(product, () -> !preferences(data).containsKey(NOTES_LEFT_OPEN),
                    "the note open at exit to be reopened (and forgotten as reopened)");
            assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n" + product.diagnostics());
            assertEquals(noteLeftOpen, preferences(data).getProperty(NOTES_LEFT_OPEN, ""),
                    "the reopened note was open again at this exit");
        }
    }

    /** The workbench's instance preferences of org.casenotes.ui in the data folder. */
    private static Properties preferences(Path data) throws IOException {
        Path file = data.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.casenotes.ui.prefs");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static X11.Size size(String window) {
        try {
            return X11.size(window);
        } catch (IOException e) {
            return new X11.Size(-1, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new X11.Size(-1, -1);
        }
    }

    @FunctionalInterface
    private interface Lookup {
        Optional<String> find() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    private static String await(ProductProcess product, Lookup lookup) throws IOException, InterruptedException {
        String[] found = new String[1];
        awaitTrue(product, () -> {
            Optional<String> window = lookup.find();
            window.ifPresent(id -> found[0] = id);
            return window.isPresent();
        }, "a window");
        return found[0];
    }

    private static void awaitTrue(ProductProcess product, Check check, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ProductProcess.WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            if (!product.isAlive()) {
                fail("the product exited while waiting for " + what + "\n" + product.diagnostics());
            }
            Thread.sleep(100);
        }
        fail("not within " + ProductProcess.WINDOW_TIMEOUT + ": " + what + "\n" + product.diagnostics());
    }
}
