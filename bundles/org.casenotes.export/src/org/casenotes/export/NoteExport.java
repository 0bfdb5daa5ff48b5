package org.casenotes.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;

/**
 * One note (or letter) to a PDF file or to a printer, in the same layout: its form's sections and labels, signature block,
 * co-signature, late-entry label and addenda; a draft is marked DRAFT on every page. A signed note or a letter can also
 * be written in another installed format (e.g. {@code fhir}: a small FHIR Bundle of the note's answers, its form and
 * its client), which exchanges the signed record only: a draft is refused. Each export and each print is recorded in
 * the caseload's audit log. Psychotherapy notes are refused.
 */
public final class NoteExport {

    private final CaseloadStore store;
    private final NoteDocuments documents;
    private final Exporters exporters;
    private final Clock clock;
    private final FormLookup forms;

    /**
     * @param store     the caseload (its audit log records the exports)
     * @param forms     finds the form version the note pinned
     * @param exporters the installed exporters (the PDF one is used)
     * @param clock     the time stamped on the PDF, in the zone times are shown in
     */
    public NoteExport(CaseloadStore store, FormLookup forms, Exporters exporters, Clock clock) {
        this.store = store;
        this.documents = new NoteDocuments(forms, clock.getZone());
        this.forms = forms;
        this.exporters = exporters;
        this.clock = clock;
    }

    /** @return the note as a set of one document, as it would be written */
    public DocumentSet documentSet(Client client, Note note) {
        PrintableDocument document = documents.of(client, note);
        return DocumentSet.single(document, client.getLegalName() + " (" + client.getId() + ")", clock.getZone(),
                Instant.now(clock));
    }

    /**
     * Writes the note as a PDF (through a temporary file; a failure leaves nothing) and records the export.
     *
     * @throws ExportFailedException    if the file cannot be written
     * @throws IllegalArgumentException for a psychotherapy note
     */
    public void writePdf(Client client, Note note, Path target) {
        write(documentSet(client, note), target);
        new ExportAudit(store).noteExported(note.getId(), Exporters.PDF, target);
    }

    /**
     * Writes a letter of the client's record as a PDF, as written (recipient, date, text), and records the export.
     *
     * @throws ExportFailedException if the file cannot be written
     */
    public void writePdf(Client client, Letter letter, Path target) {
        write(documentSet(client, letter), target);
        new ExportAudit(store).letterExported(letter.getId(), Exporters.PDF, target);
    }

    /** @return the letter as a set of one document, as it would be written or printed */
    public DocumentSet documentSet(Client client, Letter letter) {
        return DocumentSet.single(documents.of(client, letter), client.getLegalName() + " (" + client.getId() + ")",
                clock.getZone(), Instant.now(clock));
    }

    /**
     * Writes the note in an installed format ({@link Exporters#PDF} is {@link #writePdf(Client, Note, Path)}; any other
     * format is given the note with its client as {@link DocumentSet#source()}) and records the export. Only a signed
     * note leaves in a format other than PDF; the PDF of a draft is marked DRAFT.
     *
     * @throws ExportFailedException    if the format is not installed, the note is a draft (in a format other than
     *                                  PDF) or the file cannot be written; nothing is left
     * @throws IllegalArgumentException for a psychotherapy note
     */
    public void write(String format, Client client, Note note, Path target) {
        if (Exporters.PDF.equals(format)) {
            writePdf(client, note, target);
            return;
        }
        installed(format);
        DocumentSet page = documentSet(client, note);
        if (note.getSignature() == null || note.getSignature().getSignedAt() == null) {
            throw new ExportFailedException("Note " + note.getId() + " is a draft: only signed notes are exported as "
                    + exporters.name(format).orElse(format) + ". Sign it first, or export it as a PDF, which marks a"
                    + " draft as such. Nothing was exported.");
        }
        write(format, withSource(page, RecordSource.document(client, note, forms)), target);
        new ExportAudit(store).noteExported(note.getId(), format, target);
    }

    /**
     * Writes a letter in an installed format ({@link Exporters#PDF} is {@link #writePdf(Client, Letter, Path)}) and
     * records the export.
     *
     * @throws ExportFailedException if the format is not installed or the file cannot be written; nothing is left
     */
    public void write(String format, Client client, Letter letter, Path target) {
        if (Exporters.PDF.equals(format)) {
            writePdf(client, letter, target);
            return;
        }
        installed(format);
        write(format, withSource(documentSet(client, letter), RecordSource.document(client, letter, forms)), target);
        new ExportAudit(store).letterExported(letter.getId(), format, target);
    }

    private void installed(String format) {
        if (!exporters.formats().contains(format)) {
            throw new ExportFailedException("No exporter for the format '" + format + "' is installed (installed: "
                    + String.join(", ", exporters.formats()) + "). Nothing was exported.");
        }
    }

    private static DocumentSet withSource(DocumentSet set, RecordSource source) {
        return new DocumentSet(set.title(), set.subject(), set.cover(), set.documents(), set.zone(), set.producedAt(),
                Optional.of(source));
    }

    private void write(DocumentSet set, Path target) {
        write(Exporters.PDF, set, target);
    }

    private void write(String format, DocumentSet set, Path target) {
        Exporter exporter = exporters.exporter(format);
        try (ExportFile file = ExportFile.create(target)) {
            try {
                exporter.write(set, file.stream(), ExportProgress.NONE);
            } catch (IOException e) {
                throw ExportFile.failure(target, e);
            }
            file.commit();
        }
    }

    /** @return the note's PDF in memory (for printing) */
    public byte[] pdfBytes(Client client, Note note) {
        return pdfBytes(documentSet(client, note));
    }

    /** @return the document set's PDF in memory (for printing and measuring) */
    public byte[] pdfBytes(DocumentSet set) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            exporters.exporter(Exporters.PDF).write(set, bytes, ExportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Receives the pages of a document rendered for a printer. */
    @FunctionalInterface
    public interface PageSink {
        /** @param page the page as an image, at the resolution asked for */
        void page(int index, int count, BufferedImage image) throws IOException;
    }

    /**
     * Renders a note's or letter's pages ({@link #documentSet}), as the PDF lays them out, for a printer; the caller
     * prints them and then records the print with {@link ExportAudit#notePrinted}.
     *
     * @param dpi the printer's resolution
     * @return the number of pages
     */
    public int renderPages(DocumentSet set, float dpi, PageSink sink) {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes(set))) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            int count = pdf.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                sink.page(i, count, renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the audit of this caseload's exports and prints */
    public ExportAudit audit() {
        return new ExportAudit(store);
    }
}
