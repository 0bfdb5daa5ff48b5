package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clinician's own caseload in the product, on the keyboard as a user works it: File &gt; New Caseload on the
 * demo's first start, then a restart reopens that caseload (not the demo) after asking for its passphrase, and a
 * wrong passphrase is asked again.
 */
class OwnCaseloadProductTest {

    private static final String PASSPHRASE = "lantern orchard tuesday gravel";
    private static final String OWN_TITLE = "Casenotes - Harbourside Family Services (harbourside-family-services)";
    /**
     * Without the start-up class cache: a first run writes it after its window closed, which on a loaded machine can
     * take longer than quitting may; the cache is StartupCacheTest's business, not this test's.
     */
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
    void aNewCaseloadReopensAtTheNextStartAfterItsPassphrase() throws Exception {
        Path data = temp.resolve("data");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("first.txt"), UNCACHED)) {
            String demo = await(product, "Casenotes - Demo caseload (fictional clients)");
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            X11.pressKeys(demo, "alt+f");
            X11.keys("n");
            await(product, "New Caseload");
            X11.type("Harbourside Family Services");
            X11.keys("Tab", "Tab", "Tab");
            X11.type("Sam Ortiz");
            X11.keys("Tab");
            X11.type("LCSW");
            X11.keys("Tab", "ctrl+a");
            X11.type("sortiz");
            X11.keys("Tab");
            X11.type(PASSPHRASE);
            X11.keys("Tab");
            X11.type(PASSPHRASE);
            X11.keys("Return");
            String own = await(product, OWN_TITLE);
            assertTrue(product.quit(own, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n" + product.diagnostics());
        }
        assertTrue(Files.isDirectory(data.resolve("caseloads/harbourside-family-services")),
                "the caseload is in the suggested folder inside the data folder");

        try (ProductProcess product = ProductProcess.start(data, temp.resolve("second.txt"), UNCACHED)) {
            await(product, "Unlock caseload");
            X11.type("lantern orchard");
            X11.keys("Return");
            Thread.sleep(2_000);
            await(product, "Unlock caseload");
            X11.type(PASSPHRASE);
            X11.keys("Return");
            String own = await(product, OWN_TITLE);
            assertTrue(X11.mappedWindowTitled("Casenotes - Demo caseload (fictional clients)").isEmpty(),
                    "the demo is not opened");
            assertTrue(product.quit(own, ProductProcess.SETTLE).isPresent(), product.diagnostics());
        }
    }

    /** @return the window titled {@code title}, once it is mapped */
    private static String await(ProductProcess product, String title) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + ProductProcess.WINDOW_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<String> window = X11.mappedWindowTitled(title);
            if (window.isPresent()) {
                return window.get();
            }
            if (!product.isAlive()) {
                fail("the product exited while waiting for '" + title + "'\n" + product.diagnostics());
            }
            Thread.sleep(100);
        }
        return fail("no window '" + title + "' within " + ProductProcess.WINDOW_TIMEOUT + "\n" + product.diagnostics());
    }
}
