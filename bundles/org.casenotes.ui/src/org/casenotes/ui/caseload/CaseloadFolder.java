package org.casenotes.ui.caseload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.ui.WorkbenchDataFolder;

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
        return new CaseloadFolder(WorkbenchDataFolder.current());
    }

    Path caseload() {
        return data.resolve("caseload");
    }

    /** Where the demo caseload is written until it is complete. */
    Path stagingCaseload() {
        return data.resolve("caseload.creating");
    }

    /** Removes what an interrupted demo creation left (fictional data only). */
    void discardStaging() {
        Path staging = stagingCaseload();
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the unfinished demo caseload " + staging, e);
        }
    }

    /**
     * Marks the folder as holding the demo, then moves the completed demo caseload into place: a crash between the
     * two leaves a marker without a caseload, which the next start ignores.
     */
    void adoptStaging() {
        markDemo();
        try {
            Files.move(stagingCaseload(), caseload(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the new demo caseload into " + caseload(), e);
        }
    }

    boolean hasCaseload() {
        return Files.exists(caseload());
    }

    boolean isDemo() {
        return Files.isRegularFile(data.resolve(DEMO_MARKER));
    }

    private void markDemo() {
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
