package org.casenotes.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;

/**
 * Answers a records request: one PDF (cover page, table of contents, every signed document of the chosen kinds and
 * period in date order) and, beside it, the same documents as machine-readable JSON ({@code record.pdf} gets
 * {@code record.json}). Psychotherapy notes are never included: the store does not return them with the record,
 * and a note whose form is a psychotherapy form is left out here as well. Unsigned drafts are not part of the record
 * and are left out too. Both files are written to temporary files and moved into place only when both are complete;
 * a failure or a cancellation leaves neither. The export is recorded in the audit log.
 */
public final class RecordExport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z",
            Locale.ENGLISH);

    private final CaseloadStore store;
    private final NoteDocuments documents;
    private final Exporters exporters;
    private final ZoneId zone;
    private final Clock clock;
    private final ProgressFigures figures;
    private final FormLookup forms;

    /**
     * @param store     the caseload (its audit log records the export)
     * @param forms     finds the form version each note pinned
     * @param exporters the installed exporters (PDF and JSON are used)
     * @param clock     the time the export is stamped with, in the zone times are shown in
     */
    public RecordExport(CaseloadStore store, FormLookup forms, Exporters exporters, Clock clock) {
        this(store, forms, exporters, clock, ProgressFigures.WORDS_ONLY);
    }

    /**
     * @param store     the caseload (its audit log records the export)
     * @param forms     finds the form version each note pinned
     * @param exporters the installed exporters (PDF and JSON are used)
     * @param clock     the time the export is stamped with, in the zone times are shown in
     * @param figures   draws the client's progress for {@link DocumentKind#MEASURES} (the workbench's charts, or
     *                  {@link ProgressFigures#WORDS_ONLY})
     */
    public RecordExport(CaseloadStore store, FormLookup forms, Exporters exporters, Clock clock,
            ProgressFigures figures) {
        this.figures = figures;
        this.forms = forms;
        this.store = store;
        this.zone = clock.getZone();
        this.documents = new NoteDocuments(forms, zone);
        this.exporters = exporters;
        this.clock = clock;
    }

    /** What was written. */
    public record Written(Path pdf, Path json, int documents) {
    }

    /**
     * @param request  what is asked for
     * @param pdf      the PDF to write; the JSON is written beside it with the extension {@code .json}
     * @param progress follows the export and can cancel it
     * @return what was written
     * @throws ExportFailedException    if the client does not exist or a file cannot be written (nothing is left)
     * @throws ExportCancelledException if cancelled (nothing is left)
     */
    public Written write(RecordsRequest request, Path pdf, ExportProgress progress) {
        Path json = jsonBeside(pdf);
        if (json.toAbsolutePath().equals(pdf.toAbsolutePath())) {
            throw new ExportFailedException("Name the PDF with the extension .pdf; the machine-readable file is "
                    + "written beside it as .json.");
        }
        Client client = store.loadClient(request.clientId()).orElseThrow(() -> new ExportFailedException(
                "There is no client with the id '" + request.clientId() + "' in this caseload. Nothing was exported."));
        DocumentSet set = documentSet(client, request, progress);
        Exporter pdfExporter = exporters.exporter(Exporters.PDF);
        Exporter jsonExporter = exporters.exporter(Exporters.JSON);
        try (ExportFile pdfFile = ExportFile.create(pdf); ExportFile jsonFile = ExportFile.create(json)) {
            write(pdfExporter, set, pdfFile, progress);
            write(jsonExporter, set, jsonFile, progress);
            progress.checkCancelled();
            pdfFile.commit();
            try {
                jsonFile.commit();
            } catch (ExportFailedException e) {
                deleteQuietly(pdfFile.target());
                throw e;
            }
        }
        new ExportAudit(store).recordExported(client.getId(), describe(request, set.documents().size()), pdf, json);
        return new Written(pdf, json, set.documents().size());
    }

    /**
     * Answers a records request in one file of one installed format (e.g. {@code fhir}) instead of the PDF and its
     * JSON: the same documents, the same exclusions (never a psychotherapy note, never a draft), written through a
     * temporary file and recorded in the audit log.
     *
     * @param format   an installed exporter's format
     * @param request  what is asked for
     * @param file     the file to write
     * @param progress follows the export and can cancel it
     * @return what was written ({@link Written#json()} is the same file)
     * @throws ExportFailedException    if the format is not installed, the client does not exist or the file cannot
     *                                  be written (nothing is left)
     * @throws ExportCancelledException if cancelled (nothing is left)
     */
    public Written write(String format, RecordsRequest request, Path file, ExportProgress progress) {
        Exporter exporter = exporters.exporter(format);
        Client client = store.loadClient(request.clientId()).orElseThrow(() -> new ExportFailedException(
                "There is no client with the id '" + request.clientId() + "' in this caseload. Nothing was exported."));
        DocumentSet set = documentSet(client, request, progress);
        try (ExportFile out = ExportFile.create(file)) {
            write(exporter, set, out, progress);
            progress.checkCancelled();
            out.commit();
        }
        new ExportAudit(store).recordExported(client.getId(), describe(request, set.documents().size()) + " as "
                + format, file);
        return new Written(file, file, set.documents().size());
    }

    /**
     * The documents a request selects, behind their cover page, without writing anything.
     *
     * @return the document set
     */
    public DocumentSet documentSet(Client client, RecordsRequest request, ExportProgress progress) {
        List<Note> notes = client.getNotes().stream().filter(note -> note.getSignature() != null)
                .filter(note -> request.covers(note.getDateOfService())).toList();
        List<Letter> letters = request.kinds().contains(DocumentKind.LETTER) ? client.getLetters().stream()
                .filter(letter -> request.covers(dayOf(letter))).toList() : List.of();
        progress.begin("Collecting the documents", notes.size() + letters.size());
        List<PrintableDocument> selected = new ArrayList<>();
        List<Note> selectedNotes = new ArrayList<>();
        for (Note note : notes) {
            progress.checkCancelled();
            Optional<FormDefinition> form = documents.formOf(note);
            boolean psychotherapy = form.map(FormDefinition::getKind).orElse(null) == FormKind.PSYCHOTHERAPY;
            if (!psychotherapy) {
                PrintableDocument document = documents.of(client, note);
                if (request.kinds().contains(document.kind())) {
                    selected.add(document);
                    selectedNotes.add(note);
                }
            }
            progress.documentWritten();
        }
        for (Letter letter : letters) {
            selected.add(documents.of(client, letter));
            progress.documentWritten();
        }
        if (request.kinds().contains(DocumentKind.MEASURES)) {
            progress(client, request).ifPresent(selected::add);
        }
        selected.sort(Comparator.comparing(PrintableDocument::date, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PrintableDocument::id));
        String subject = client.getLegalName() + " (" + client.getId() + ")";
        List<MeasureResult> measures = request.kinds().contains(DocumentKind.MEASURES) ? client.getMeasureResults()
                .stream().filter(result -> request.covers(result.getAdministeredOn())).toList() : List.of();
        RecordSource source = new RecordSource(client, selectedNotes, letters, measures, forms);
        return new DocumentSet("Record of " + client.getLegalName(), subject,
                Optional.of(cover(client, request, selected.size())), selected, zone, Instant.now(clock),
                Optional.of(source));
    }

    /**
     * @return the client's measures (those given in the period) and plan goals as figures, first among the
     *         documents (it has no date of its own), or empty when the record holds neither
     */
    private Optional<PrintableDocument> progress(Client client, RecordsRequest request) {
        Client inPeriod = EcoreUtil.copy(client);
        inPeriod.getNotes().clear();
        inPeriod.getMeasureResults().removeIf(result -> !request.covers(result.getAdministeredOn()));
        List<Block> blocks = figures.of(inPeriod).stream().map(ProgressFigures.Figure::block).toList();
        if (blocks.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PrintableDocument("progress", DocumentKind.MEASURES, DocumentKind.MEASURES.label(),
                null, "From the measure results and treatment-plan versions in the record", false, blocks));
    }

    private DocumentSet.CoverPage cover(Client client, RecordsRequest request, int count) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Entry("Client", client.getLegalName()
                + (client.getPreferredName() == null || client.getPreferredName().isBlank() ? ""
                        : " (preferred name: " + client.getPreferredName() + ")")));
        blocks.add(new Block.Entry("Client id", client.getId()));
        if (client.getDateOfBirth() != null) {
            blocks.add(new Block.Entry("Date of birth", DAY.format(client.getDateOfBirth())));
        }
        blocks.add(new Block.Entry("Period", period(request)));
        blocks.add(new Block.Entry("Kinds of document", request.kinds().stream().sorted()
                .map(DocumentKind::label).collect(Collectors.joining(", "))));
        blocks.add(new Block.Entry("Documents included", Integer.toString(count)));
        blocks.add(new Block.Entry("Prepared", MOMENT.format(Instant.now(clock).atZone(zone)) + " by "
                + store.actor()));
        blocks.add(new Block.Notice("Psychotherapy notes are not part of this record and are never included "
                + "(HIPAA, 45 CFR 164.501 and 164.524)."));
        blocks.add(new Block.Paragraph("Only signed documents are included; unsigned drafts are not part of the "
                + "record. Each signed document shows its signature, the hash of its signed content, any "
                + "co-signature and its addenda in the order they were written."));
        return new DocumentSet.CoverPage("Record of " + client.getLegalName(), blocks);
    }

    private static String period(RecordsRequest request) {
        if (request.from() == null && request.to() == null) {
            return "all dates";
        }
        return (request.from() == null ? "the start of the record" : DAY.format(request.from())) + " to "
                + (request.to() == null ? "today" : DAY.format(request.to()));
    }

    private static String describe(RecordsRequest request, int count) {
        return count + (count == 1 ? " document" : " documents") + " ("
                + request.kinds().stream().sorted().map(DocumentKind::token).collect(Collectors.joining(","))
                + "; " + (request.from() == null ? "start" : request.from()) + " to "
                + (request.to() == null ? "today" : request.to()) + ")";
    }

    private LocalDate dayOf(Letter letter) {
        return letter.getCreatedAt() == null ? null : letter.getCreatedAt().atZone(zone).toLocalDate();
    }

    private static void write(Exporter exporter, DocumentSet set, ExportFile file, ExportProgress progress) {
        try {
            exporter.write(set, file.stream(), progress);
        } catch (IOException e) {
            throw ExportFile.failure(file.target(), e);
        }
    }

    /** @return the JSON file written beside a records request's PDF */
    public static Path jsonBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return pdf.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // reported through the failure that led here
        }
    }
}
