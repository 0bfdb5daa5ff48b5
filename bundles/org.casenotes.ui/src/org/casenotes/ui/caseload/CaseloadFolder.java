package org.casenotes.ui.caseload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.demo.DemoCaseload;
import org.eclipse.core.runtime.Platform;

/**
 * Where the workbench keeps the caseload inside the clinician's data folder: {@code caseload/} (the store's
 * business) and, next to it, {@code demo-caseload.txt}, which marks a caseload created from the fictional demo
 * and therefore encrypted under the published demo passphrase.
 */
final class CaseloadFolder {

    private static final String DEMO_MARKER = "demo-caseload.txt";

    private final Path data;

    CaseloadFolder(Path data) {
        this.data = data;
    }

    /** @return the folder of the running workbench's instance location (the data folder) */
    static CaseloadFolder ofWorkbench() {
        try {
            return new CaseloadFolder(Path.of(Platform.getInstanceLocation().getURL().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The data folder is not a file: " + Platform.getInstanceLocation().getURL(), e);
        }
    }

    Path caseload() {
        return data.resolve("caseload");
    }

    boolean hasCaseload() {
        return Files.exists(caseload());
    }

    boolean isDemo() {
        return Files.isRegularFile(data.resolve(DEMO_MARKER));
    }

    void markDemo() {
        try {
            Files.writeString(data.resolve(DEMO_MARKER), """
                    The caseload in this folder is the Casenotes demo: fictional clients and notes only.
                    It is encrypted under the published demo passphrase "%s",
                    so Casenotes opens it without asking. Never enter real client data into it; start a new caseload
                    in another data folder for real work.
                    """.formatted(DemoCaseload.PASSPHRASE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot mark the demo caseload in " + data, e);
        }
    }
}
