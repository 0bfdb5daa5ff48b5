package org.casenotes.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.casenotes.export.DocumentKind;
import org.casenotes.export.ExportCancelledException;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporters;
import org.casenotes.export.ProgressFigures;
import org.casenotes.export.RecordExport;
import org.casenotes.export.RecordsRequest;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class RecordExportTest {

    @TempDir
    static Path folder;
    private static DemoRecord demo;
    private static RecordExport export;
    private static Client client;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = new DemoRecord(folder);
        export = new RecordExport(demo.store, demo.forms, demo.exporters, DemoRecord.CLOCK);
        client = demo.clients().stream().max((a, b) -> Integer.compare(signed(a).size(), signed(b).size()))
                .orElseThrow();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void theRecordHasACoverAContentsPageAndEverySignedDocumentInDateOrder() throws IOException {
        Path pdf = demo.out("record.pdf");
        RecordExport.Written written = export.write(RecordsRequest.everything(client.getId()), pdf,
                ExportProgress.NONE);

        int progress = ProgressFigures.WORDS_ONLY.of(client).isEmpty() ? 0 : 1;
        int expected = signed(client).size() + client.getLetters().size() + progress;
        assertEquals(expected, written.documents(), "every signed note and letter, and the measures and goals");
        String cover = PdfText.page(pdf, 1);
        assertTrue(cover.contains("Record of " + client.getLegalName()), cover);
        assertTrue(cover.contains("Psychotherapy notes are not part of this record"), cover);
        assertTrue(PdfText.page(pdf, 2).contains("Contents"), "the table of contents follows the cover");

        JsonObject json = JsonParser.parseString(Files.readString(RecordExport.jsonBeside(pdf))).getAsJsonObject();
        assertEquals("casenotes-record-export", json.get("format").getAsString());
        JsonArray documents = json.getAsJsonArray("documents");
        assertEquals(expected, documents.size());
        List<String> dates = new ArrayList<>();
        for (JsonElement document : documents) {
            JsonElement date = document.getAsJsonObject().get("date");
            dates.add(date.isJsonNull() ? "" : date.getAsString());
        }
        assertEquals(dates.stream().sorted().toList(), dates, "documents in date order");
        String text = PdfText.of(pdf);
        for (Note note : signed(client)) {
            assertTrue(text.contains(note.getSignature().getContentHash()), "each signed note's hash is printed");
        }
        Path coverPng = PdfText.screenshot(pdf, 1, "record-cover");
        PdfText.screenshot(pdf, 2, "record-contents");
        PdfText.screenshot(pdf, 3, "record-first-document");
        assertTrue(Files.size(coverPng) > 10_000);
    }

    @Test
    void withoutADisplayTheMeasuresAndGoalsAreDescribedInWordsFirstAmongTheDocuments() throws IOException {
        Client measured = demo.clients().stream().filter(each -> !each.getMeasureResults().isEmpty()).findFirst()
                .orElseThrow();
        Path pdf = demo.out("measures-in-words.pdf");
        export.write(new RecordsRequest(measured.getId(), null, null, EnumSet.of(DocumentKind.MEASURES,
                DocumentKind.PROGRESS_NOTE)), pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Measures and goals over time"), "the contents name it");
        String instrument = measured.getMeasureResults().get(0).getInstrumentId().endsWith("GAD7") ? "GAD-7" : "PHQ-9";
        assertTrue(text.contains(instrument + " totals over time"), text);
        assertTrue(text.contains("Totals: "), "the totals in words");
        JsonArray documents = JsonParser.parseString(Files.readString(RecordExport.jsonBeside(pdf))).getAsJsonObject()
                .getAsJsonArray("documents");
        JsonObject first = documents.get(0).getAsJsonObject();
        assertEquals("measures", first.get("kind").getAsString());
        JsonObject figure = first.getAsJsonArray("content").get(0).getAsJsonObject();
        assertEquals("figure", figure.get("type").getAsString());
        assertTrue(figure.get("description").getAsString().startsWith("Totals: "), figure.toString());
    }

    @Test
    void noPsychotherapyNoteEverEntersTheRecordExport() throws IOException {
        for (Client each : demo.clients()) {
            Path pdf = demo.out("everything-" + each.getId() + ".pdf");
            export.write(RecordsRequest.everything(each.getId()), pdf, ExportProgress.NONE);
            assertFalse(PdfText.of(pdf).replaceAll("\\s+", " ").contains(DemoRecord.PRIVATE_SENTENCE),
                    "the psychotherapy note of " + each.getId() + " is not in the PDF");
            assertFalse(Files.readString(RecordExport.jsonBeside(pdf)).contains(DemoRecord.PRIVATE_SENTENCE),
                    "nor in the JSON");
        }
        assertTrue(demo.store.psychotherapyNotes().load("private-" + client.getId()).orElseThrow().getValues()
                .toString().contains("lighthouse"), "the sentence is really in the psychotherapy note");
    }

    @Test
    void onlyTheChosenKindsAndPeriodAreIncluded() throws IOException {
        List<Note> notes = signed(client);
        LocalDate from = notes.get(notes.size() / 2).getDateOfService();
        Path pdf = demo.out("recent-notes.pdf");
        RecordExport.Written written = export.write(
                new RecordsRequest(client.getId(), from, null, EnumSet.of(DocumentKind.PROGRESS_NOTE)), pdf,
                ExportProgress.NONE);

        JsonArray documents = JsonParser.parseString(Files.readString(written.json())).getAsJsonObject()
                .getAsJsonArray("documents");
        assertTrue(documents.size() > 0 && documents.size() < notes.size(), "a part of the record");
        for (JsonElement document : documents) {
            JsonObject object = document.getAsJsonObject();
            assertEquals("progress-note", object.get("kind").getAsString());
            assertFalse(LocalDate.parse(object.get("date").getAsString()).isBefore(from));
        }
    }

    @Test
    void theExportIsAuditedWithWhatLeftAndWhere() {
        Path pdf = demo.out("audited-record.pdf");
        export.write(new RecordsRequest(client.getId(), null, null, Set.of(DocumentKind.PROGRESS_NOTE)), pdf,
                ExportProgress.NONE);
        List<AuditEntry> entries = demo.store.auditLog().entriesFor(RecordKind.CLIENT, client.getId());
        AuditEntry last = entries.get(entries.size() - 1);
        assertEquals(AuditAction.EXPORT, last.action());
        assertTrue(last.detail().contains("records request") && last.detail().contains(pdf.toAbsolutePath()
                .toString()) && last.detail().contains("psychotherapy notes excluded"), last.detail());
    }

    @Test
    void anUnknownClientIsOneClearMessageAndNothingIsWritten() {
        Path pdf = demo.out("nobody.pdf");
        ExportFailedException failure = assertThrows(ExportFailedException.class,
                () -> export.write(RecordsRequest.everything("no-such-client"), pdf, ExportProgress.NONE));
        assertTrue(failure.getMessage().contains("no client with the id 'no-such-client'"), failure.getMessage());
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(RecordExport.jsonBeside(pdf)));
    }

    @Test
    void aCancelledOrFailedExportLeavesNoFile() throws IOException {
        Path pdf = demo.out("cancelled.pdf");
        long entries = demo.store.auditLog().size();
        ExportProgress cancelAfterThree = new ExportProgress() {
            private int written;

            @Override
            public void begin(String step, int documents) {
            }

            @Override
            public void documentWritten() {
                written++;
            }

            @Override
            public boolean isCancelled() {
                return written >= 3 + signed(client).size();
            }
        };
        assertThrows(ExportCancelledException.class,
                () -> export.write(RecordsRequest.everything(client.getId()), pdf, cancelAfterThree));
        Path intoAFile = demo.out("plain-file");
        Files.writeString(intoAFile, "x");
        ExportFailedException failure = assertThrows(ExportFailedException.class,
                () -> export.write(RecordsRequest.everything(client.getId()), intoAFile.resolve("record.pdf"),
                        ExportProgress.NONE));
        assertTrue(failure.getMessage().startsWith("Cannot write"), failure.getMessage());

        assertFalse(Files.exists(pdf));
        try (Stream<Path> files = Files.list(demo.out(""))) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().contains("cancelled")
                    || file.getFileName().toString().endsWith(".part")), "no partial file");
        }
        assertEquals(entries + 2, demo.store.auditLog().size(), "only the two OPENs of the record, no EXPORT");
    }

    @Test
    void theInstalledExportersAreThePdfAndTheJsonAndAnUnknownFormatIsNamed() {
        assertTrue(demo.exporters.formats().containsAll(List.of(Exporters.PDF, Exporters.JSON)));
        ExportFailedException failure = assertThrows(ExportFailedException.class,
                () -> demo.exporters.exporter("docx"));
        assertEquals("No exporter for the format 'docx' is installed.", failure.getMessage());
    }

    private static List<Note> signed(Client client) {
        return client.getNotes().stream().filter(note -> note.getSignature() != null).toList();
    }
}
