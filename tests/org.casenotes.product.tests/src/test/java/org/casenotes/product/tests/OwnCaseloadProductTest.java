package org.casenotes.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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

    @TempDir
    Path temp;

    @BeforeAll
    static void productIsMaterialized() {
        ProductProcess.requireProductAndDisplay();
    }

    @Test
    void aNewCaseloadReopensAtTheNextStartAfterItsPassphrase() throws Exception {
        Path data = temp.resolve("data");
        try (ProductProcess product = ProductProcess.start(data, temp.resolve("first.txt"), ProductProcess.UNCACHED)) {
            String demo = product.awaitWindowTitled("Casenotes - Demo caseload (fictional clients)");
            Thread.sleep(ProductProcess.SETTLE.toMillis());
            X11.pressKeys(demo, "alt+f");
            X11.keys("n");
            product.awaitWindowTitled("New Caseload");
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
            String own = product.awaitWindowTitled(OWN_TITLE);
            assertTrue(product.quit(own, ProductProcess.SETTLE).isPresent(), "Ctrl+Q quits\n" + product.diagnostics());
        }
        assertTrue(Files.isDirectory(data.resolve("caseloads/harbourside-family-services")),
                "the caseload is in the suggested folder inside the data folder");

        try (ProductProcess product = ProductProcess.start(data, temp.resolve("second.txt"), ProductProcess.UNCACHED)) {
            product.awaitWindowTitled("Unlock caseload");
            X11.type("lantern orchard");
            X11.keys("Return");
            Thread.sleep(2_000);
            product.awaitWindowTitled("Unlock caseload");
            X11.type(PASSPHRASE);
            X11.keys("Return");
            String own = product.awaitWindowTitled(OWN_TITLE);
            assertTrue(X11.mappedWindowTitled("Casenotes - Demo caseload (fictional clients)").isEmpty(),
                    "the demo is not opened");
            assertTrue(product.quit(own, ProductProcess.SETTLE).isPresent(), product.diagnostics());
        }
    }
}
