package org.example.casenotes.oregon.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.casenotes.export.Block;
import org.casenotes.export.DocumentKind;
import org.casenotes.export.DocumentSet;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.PrintableDocument;
import org.example.casenotes.oregon.export.MeasureResultsCsvExporter;
import org.junit.jupiter.api.Test;

class MeasureResultsCsvExporterTest {

    @Test
    void oneRowPerMeasureResultWithTheNoteAndWhetherItIsSigned() throws Exception {
        PrintableDocument signed = new PrintableDocument("n1", DocumentKind.PROGRESS_NOTE, "SOAP Progress Note",
                LocalDate.of(2026, 11, 2), "Signed", false, List.of(new Block.Heading("Subjective", 1),
                        new Block.Entry("Mood", "Low, \"flat\", tired"), new Block.Entry("PHQ-9", "total 14 (moderate)"),
                        new Block.Entry("GAD-7", "total 6")));
        PrintableDocument draft = new PrintableDocument("n2", DocumentKind.PROGRESS_NOTE, "SOAP, Progress Note",
                LocalDate.of(2026, 11, 16), "Draft", true, List.of(new Block.Entry("PHQ-9", "total 9 (mild)")));
        DocumentSet set = new DocumentSet("Record", "Jordan Ames", Optional.empty(), List.of(signed, draft),
                ZoneOffset.UTC, Instant.parse("2026-12-01T10:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] written = { 0 };
        new MeasureResultsCsvExporter().write(set, out, new ExportProgress() {
            @Override
            public void begin(String step, int documents) {
                // counted below
            }

            @Override
            public void documentWritten() {
                written[0]++;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertEquals("""
                date,measure,total,band,note,status\r
                2026-11-02,PHQ-9,14,moderate,SOAP Progress Note,Signed\r
                2026-11-02,GAD-7,6,,SOAP Progress Note,Signed\r
                2026-11-16,PHQ-9,9,mild,"SOAP, Progress Note",draft\r
                """, out.toString(StandardCharsets.UTF_8));
        assertEquals(2, written[0], "progress told after each document");
    }
}
