package org.casenotes.ui.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Benchmark hook for {@code releng/bench/caseload-startup.sh}: when the system property
 * {@value #PROPERTY} names a file, the moment the caseload is first shown is written there as
 * "{@code <epoch milliseconds> <clients>}". Does nothing without the property.
 */
final class StartupProbe {

    static final String PROPERTY = "casenotes.bench.caseloadShown";

    private static boolean reported;

    private StartupProbe() {
    }

    static void caseloadShown(int clients) {
        String file = System.getProperty(PROPERTY);
        if (file == null || reported) {
            return;
        }
        reported = true;
        try {
            Files.writeString(Path.of(file), System.currentTimeMillis() + " " + clients + "\n");
        } catch (IOException e) {
            System.err.println("casenotes: cannot write the startup probe " + file + ": " + e.getMessage());
        }
    }
}
