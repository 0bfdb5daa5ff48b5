package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @TempDir
    Path temp;

    @BeforeAll
    static void productIsMaterialized() {
        ProductProcess.requireProductAndDisplay();
    }

    @Test
    void theFirstStartFillsTheScreenAndTheNextRestoresTheWindowAndTheOpenNote() throws Exception {
        Path data = temp.resolve("data");
        X11.Size screen = X11.screen();
        X11.Size leftAt = new X11.Size(screen.width() * 3 / 4, screen.height() * 3 / 4);
        String noteLeftOpen;
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("first.txt"), ProductProcess.UNCACHED)) {
            String window = product.awaitWindowTitled(DEMO);
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            X11.Size first = X11.size(window);
            assertTrue(first.width() >= screen.width() - GUESSED_FRAME
                    && first.height() >= screen.height() - GUESSED_FRAME,
                    "the first start fills the " + screen + " screen: " + first);

            // the search box has the keyboard: a client's id, Down to choose it, New Note, Finish
            String wizard = product.newNoteWizardFor(window, "C-1003");
            X11.pressKeys(wizard, "Return");
            product.awaitUntil(() -> X11.mappedWindowTitled("New Note").isEmpty(), "the New Note wizard to close");

            X11.resize(window, leftAt.width(), leftAt.height());
            product.awaitUntil(() -> leftAt.equals(X11.size(window)), "the window resized to " + leftAt);
            assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(),
                    "Ctrl+Q quits\n" + product.diagnostics());
            noteLeftOpen = preferences(data).getProperty(NOTES_LEFT_OPEN, "");
            assertTrue(noteLeftOpen.startsWith("C-1003\t"), "the new note of C-1003 is remembered as open: '"
                    + noteLeftOpen + "'\n" + product.diagnostics());
        }

        try (ProductProcess product = ProductProcess.start(data, temp.resolve("second.txt"), ProductProcess.UNCACHED)) {
            String window = product.awaitWindowTitled(DEMO);
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            assertEquals(leftAt, X11.size(window), "the window as it was left, not the whole screen again");
            product.awaitUntil(() -> !preferences(data).containsKey(NOTES_LEFT_OPEN),
                    "the note open at exit to be reopened (and forgotten as reopened)");
            assertTrue(product.quit(window, ProductProcess.SETTLE).isPresent(),
                    "Ctrl+Q quits\n" + product.diagnostics());
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
}
