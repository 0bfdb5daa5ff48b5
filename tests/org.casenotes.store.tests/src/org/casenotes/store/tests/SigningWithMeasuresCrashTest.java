package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.VerificationReport;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer that signs notes together with the measure results they add, killed with SIGKILL mid-write again and
 * again: after each kill every signed note has its result and every result its signed note, nothing reported as
 * saved is lost, and the audit chain verifies.
 */
class SigningWithMeasuresCrashTest {

    static final String CLIENT = "c-sign-crash";
    private static final int KILLS = 4;

    @TempDir
    Path temp;

    @Test
    void aKilledWriterNeverLeavesASignatureWithoutItsResultOrAResultWithoutItsSignature() throws Exception {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            store.saveClient(SampleRecords.client(CLIENT, "Tamsin Rook", null));
        }
        Random random = new Random(20261206);
        Set<String> reported = new HashSet<>();
        for (int run = 0; run < KILLS; run++) {
            reported.addAll(runAndKill(location, "r" + run, 3 + random.nextInt(20), random.nextInt(4)));
            try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location,
                    EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
                Client client = store.loadClient(CLIENT).orElseThrow();
                Set<String> signed = client.getNotes().stream().filter(n -> n.getStatus() == NoteStatus.SIGNED)
                        .map(Note::getId).collect(Collectors.toCollection(TreeSet::new));
                Set<String> measured = client.getMeasureResults().stream().map(MeasureResult::getNoteId)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(signed, measured, "after kill " + run);
                assertEquals(measured.size(), client.getMeasureResults().size(), "one result per note");
                assertTrue(signed.containsAll(reported), "lost a reported signature after kill " + run);
                VerificationReport report = store.auditLog().verify();
                assertTrue(report.isIntact(), () -> report.findings().toString());
            }
        }
        assertTrue(reported.size() >= KILLS * 3, "the writer made progress: " + reported.size());
    }

    private static Set<String> runAndKill(Path location, String run, int saves, int extraMillis)
            throws IOException, InterruptedException {
        Process writer = ChildJvm.start(SigningWriter.class, List.of(SigningWriter.class, CaseloadStore.class,
                RecordPackage.class, EObject.class, URI.class, Driver.class), location.toString(), run);
        Set<String> reported = new HashSet<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < saves && (line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("SAVED")) {
                    reported.add(parts[1]);
                }
            }
            Thread.sleep(extraMillis);
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        }
        assertEquals(saves, Math.min(saves, reported.size()), "writer " + run + " exited early");
        return reported;
    }
}
