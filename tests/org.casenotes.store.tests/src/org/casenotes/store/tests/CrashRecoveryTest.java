package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

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
 * A writer process killed with SIGKILL in the middle of saves, again and again: after each kill the caseload
 * opens, every save the writer reported as returned is there with its full content, no note is partial, and the
 * audit chain, every record's seal and the anchored end of the log verify.
 */
class CrashRecoveryTest {

    static final String CLIENT = "c-crash";
    private static final int KILLS = 5;

    @TempDir
    Path temp;

    static String textOf(String noteId) {
        return ("Note " + noteId + " describes the session in full. ").repeat(40) + "End of " + noteId + ".";
    }

    @Test
    void killedWritersLoseNothingTheyReportedAndLeaveNothingHalfWritten() throws Exception {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            store.saveClient(SampleRecords.client(CLIENT, "Casey Crash", null));
        }
        Random random = new Random(20260302);
        Map<String, String> reported = new HashMap<>();
        for (int run = 0; run < KILLS; run++) {
            reported.putAll(runAndKill(location, "r" + run, 3 + random.nextInt(25), random.nextInt(4)));
            try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location,
                    EngineFixture.PASSPHRASE.toCharArray(), "clin-1")) {
                List<Note> notes = store.loadClient(CLIENT).orElseThrow().getNotes();
                Map<String, Note> byId = new HashMap<>();
                for (Note note : notes) {
                    assertEquals(textOf(note.getId()), SampleRecords.subjective(note), "partial note " + note.getId());
                    byId.put(note.getId(), note);
                }
                for (Map.Entry<String, String> saved : reported.entrySet()) {
                    Note note = byId.get(saved.getKey());
                    assertTrue(note != null, "lost note " + saved.getKey() + " after kill " + run);
                    if (saved.getValue().equals("signed")) {
                        assertEquals(NoteStatus.SIGNED, note.getStatus(), "lost signature of " + saved.getKey());
                    }
                }
                VerificationReport report = store.auditLog().verify();
                assertTrue(report.isIntact(), () -> report.findings().toString());
                assertTrue(report.isEndAnchored(), "the header anchors the log's end, and a kill left it no further"
                        + " than the log: " + report.anchoredSequence());
            }
        }
        assertTrue(reported.size() >= KILLS * 3, "the writer made progress: " + reported.size());
    }

    /** Starts a writer, lets it report {@code saves} saves, waits {@code extraMillis}, then kills it with SIGKILL. */
    private static Map<String, String> runAndKill(Path location, String run, int saves, int extraMillis)
            throws IOException, InterruptedException {
        Process writer = ChildJvm.start(CrashingWriter.class, List.of(CrashingWriter.class, CaseloadStore.class,
                RecordPackage.class, EObject.class, URI.class, Driver.class), location.toString(), run);
        Map<String, String> reported = new HashMap<>();
        List<String> unexpected = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < saves && (line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("SAVED")) {
                    reported.put(parts[1], parts[2]);
                } else {
                    unexpected.add(line);
                }
            }
            Thread.sleep(extraMillis);
            // SIGKILL on Linux and macOS; saves reported after this point are simply not counted
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        }
        assertEquals(saves, Math.min(saves, reported.size()),
                "writer " + run + " exited early (exit " + writer.exitValue() + ", output " + unexpected + ")");
        return reported;
    }
}
