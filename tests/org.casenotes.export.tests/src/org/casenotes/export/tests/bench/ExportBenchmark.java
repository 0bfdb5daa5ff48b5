package org.casenotes.export.tests.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.LetterMerge;
import org.casenotes.core.letters.LetterSigning;
import org.casenotes.core.letters.LetterSources;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.DemoForms;
import org.casenotes.demo.LargeCaseload;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporter;
import org.casenotes.export.Exporters;
import org.casenotes.export.FormLookup;
import org.casenotes.export.NoteExport;
import org.casenotes.export.RecordExport;
import org.casenotes.export.RecordsRequest;
import org.casenotes.export.internal.json.JsonExporter;
import org.casenotes.export.internal.pdf.PdfExporter;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;

/**
 * Export harness (issue 15), not a test: one note to PDF warm (goal under 300 ms), one letter merged, signed and to
 * PDF warm, and a records request of about 200
 * signed documents to PDF and JSON (goal under 10 s). Runs on a plain class path (see
 * {@code releng/bench/export-bench.sh}); prints "bench: <what>: <value>" lines and never fails on time.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] arguments) throws IOException {
        Path work = Files.createTempDirectory("casenotes-export-bench");
        int notes = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 215;
        DemoForms demo = new DemoForms();
        FormLookup forms = (id, version) -> demo.form(id).filter(form -> form.getVersion() == version);
        Map<String, Supplier<Exporter>> formats = Map.of(Exporters.PDF, PdfExporter::new, Exporters.JSON,
                JsonExporter::new);
        Exporters exporters = Exporters.of(formats);
        Clock clock = Clock.system(DemoCaseload.ZONE);
        try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(work.resolve("caseload"),
                DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR)) {
            new LargeCaseload(LocalDate.of(2026, 11, 27), 15L).fill(store, 1, notes, (d, t, n) -> {
            });
            Client client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
            Note note = client.getNotes().stream().filter(n -> n.getSignature() != null).findFirst().orElseThrow();
            NoteExport noteExport = new NoteExport(store, forms, exporters, clock);
            for (int i = 0; i < 40; i++) {
                noteExport.pdfBytes(client, note);
            }
            double[] single = new double[60];
            int bytes = 0;
            for (int i = 0; i < single.length; i++) {
                long start = System.nanoTime();
                bytes = noteExport.pdfBytes(client, note).length;
                single[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(single);
            System.out.printf("bench: one note to PDF, warm (%d bytes): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    bytes, single[single.length / 2], single[(int) (single.length * 0.95)], single[single.length - 1]);

            letterToPdf(client, noteExport, clock);

            RecordExport records = new RecordExport(store, forms, exporters, clock);
            RecordsRequest everything = RecordsRequest.everything(client.getId());
            int documents = records.documentSet(client, everything, ExportProgress.NONE).documents().size();
            for (int run = 1; run <= 3; run++) {
                Path pdf = work.resolve("record-" + run + ".pdf");
                long start = System.nanoTime();
                RecordExport.Written written = records.write(everything, pdf, ExportProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                int pages;
                try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                    pages = document.getNumberOfPages();
                }
                System.out.printf("bench: records request, %d documents to PDF + JSON, run %d: %.2f s (PDF %d pages"
                        + " %,d KB, JSON %,d KB)%n", written.documents(), run, seconds, pages, Files.size(pdf) / 1024,
                        Files.size(written.json()) / 1024);
            }
            System.out.printf("bench: documents in the request: %d%n", documents);
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            long start = System.nanoTime();
            new PdfExporter().write(records.documentSet(client, everything, ExportProgress.NONE), sink,
                    ExportProgress.NONE);
            System.out.printf("bench: the same request's PDF alone, in memory: %.2f s%n",
                    (System.nanoTime() - start) / 1e9);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * A letter as the New Letter wizard makes one, each time anew: merged with the client's record, signed, and its
     * PDF written in memory (letterhead, text, signature block).
     */
    private static void letterToPdf(Client client, NoteExport noteExport, Clock clock) {
        FormDefinition form = LetterBenchmarkForm.discharge();
        LetterSources sources = new LetterSources(client, new LetterAuthor("clin-bench", "Robin Vale", "LCSW", "",
                "603-555-0101", ""), new Letterhead("Riverbend Community Counseling", "40 Mill Street\nRiverbend, NH",
                        "(555) 0100-2000", ""), LocalDate.of(2026, 11, 27));
        Map<String, String> answers = Map.of("lastSessionDate", "20 November 2026", "achievements",
                "You sleep through most nights and drive to work again.", "plan.goals", "- Sleep through the night");
        LetterMerge merge = new LetterMerge();
        LetterSigning signing = new LetterSigning(merge, clock);
        double[] merged = new double[200];
        double[] pdf = new double[60];
        int bytes = 0;
        for (int i = 0; i < 40 + pdf.length; i++) {
            long start = System.nanoTime();
            Letter letter = signing.sign("L-bench-" + i, form, sources, answers,
                    merge.merge(form, sources, answers).requireComplete());
            long signedAt = System.nanoTime();
            bytes = noteExport.pdfBytes(noteExport.documentSet(client, letter)).length;
            if (i >= 40) {
                merged[i - 40] = (signedAt - start) / 1e6;
                pdf[i - 40] = (System.nanoTime() - start) / 1e6;
            }
        }
        for (int i = pdf.length; i < merged.length; i++) {
            long start = System.nanoTime();
            signing.sign("L-bench-m" + i, form, sources, answers, merge.merge(form, sources, answers).requireComplete());
            merged[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(merged);
        Arrays.sort(pdf);
        System.out.printf("bench: one letter merged and signed, warm: p50 %.2f ms, p95 %.2f ms%n",
                merged[merged.length / 2], merged[(int) (merged.length * 0.95)]);
        System.out.printf("bench: one letter merged, signed and to PDF, warm (%d bytes): p50 %.1f ms, p95 %.1f ms, "
                + "max %.1f ms%n", bytes, pdf[pdf.length / 2], pdf[(int) (pdf.length * 0.95)], pdf[pdf.length - 1]);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
