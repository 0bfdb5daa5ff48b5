package org.casenotes.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordPackage;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteSearch;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A process killed while it builds the search index (and saves notes meanwhile) loses no note, and the next session
 * finds every one of them: the index is derived from the records and rebuilt or caught up from them.
 */
class IndexCrashTest {

    static final String CLIENT = "c-1";
    private static final int NOTES = 6_000;
    private static final String[][] LUCENE = {
        {"org.apache.lucene.core", "org.apache.lucene.index.IndexWriter"},
        {"org.apache.lucene.analysis.common", "org.apache.lucene.analysis.en.PorterStemFilter"},
        {"org.apache.lucene.queryparser", "org.apache.lucene.queryparser.simple.SimpleQueryParser"},
        {"org.apache.lucene.highlighter", "org.apache.lucene.search.uhighlight.UnifiedHighlighter"},
        {"org.apache.lucene.queries", "org.apache.lucene.queries.spans.SpanQuery"},
        {"org.apache.lucene.memory", "org.apache.lucene.index.memory.MemoryIndex"},
        {"org.apache.lucene.sandbox", "org.apache.lucene.sandbox.search.PhraseWildcardQuery"},
        {"org.apache.lucene.facet", "org.apache.lucene.facet.FacetsConfig"},
    };

    @TempDir
    Path temp;

    @Test
    void killingTheProcessMidIndexLosesNoNoteAndTheNextSessionFindsThemAll() throws Exception {
        Path location = temp.resolve("caseload");
        try (CaseloadStore store = CaseloadStoreTest.FACTORY.create(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            store.saveClient(SampleRecords.client(CLIENT, "Theodora Quillfeather", null));
            List<Note> notes = new ArrayList<>();
            for (int i = 0; i < NOTES; i++) {
                notes.add(SampleRecords.draft("n-" + i, CLIENT, LocalDate.of(2026, 1, 1).plusDays(i % 300),
                        "Week " + i + ": talked about the lantern festival and the walk home."));
            }
            store.saveNotes(notes);
        }

        List<String> saved = runAndKill(location);

        try (CaseloadStore store = CaseloadStoreTest.FACTORY.open(location, EngineFixture.PASSPHRASE.toCharArray(),
                "clin-1")) {
            for (String id : saved) {
                assertTrue(store.loadNote(id).isPresent(), id + " was reported saved");
            }
            NoteSearch search = store.noteSearch();
            assertTrue(search.awaitComplete(Duration.ofMinutes(3)), "indexed after the crash");
            assertEquals(NOTES, search.search("lantern festival", 10 * NOTES).size(), "every note before");
            assertTrue(search.search("zeppelin", 10 * NOTES).size() >= saved.size(),
                    "every note saved while indexing");
        }
    }

    /** Starts the writer, lets it save and index a while, then kills it with SIGKILL before the index is done. */
    private static List<String> runAndKill(Path location) throws IOException, InterruptedException {
        Process writer = ChildJvm.start(IndexingWriter.class, anchors(), location.toString());
        List<String> saved = new ArrayList<>();
        int indexed = 0;
        List<String> unexpected = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((saved.size() < 5 || indexed == 0) && (line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    saved.add(line.substring(6));
                } else if (line.startsWith("INDEXED ")) {
                    indexed = Integer.parseInt(line.substring(8));
                } else {
                    unexpected.add(line);
                }
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "writer did not die");
        }
        assertFalse(saved.isEmpty(), "the writer saved notes (output " + unexpected + ")");
        assertTrue(indexed > 0 && indexed < NOTES, "killed mid-index: " + indexed + " of " + NOTES + " indexed");
        return saved;
    }

    private static List<Class<?>> anchors() {
        List<Class<?>> anchors = new ArrayList<>(List.of(IndexingWriter.class, CaseloadStore.class,
                RecordPackage.class, EObject.class, URI.class, Driver.class));
        Bundle[] bundles = FrameworkUtil.getBundle(IndexCrashTest.class).getBundleContext().getBundles();
        for (String[] lucene : LUCENE) {
            for (Bundle bundle : bundles) {
                if (bundle.getSymbolicName().equals(lucene[0])) {
                    try {
                        anchors.add(bundle.loadClass(lucene[1]));
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(lucene[0] + " has no " + lucene[1], e);
                    }
                }
            }
        }
        return anchors;
    }
}
