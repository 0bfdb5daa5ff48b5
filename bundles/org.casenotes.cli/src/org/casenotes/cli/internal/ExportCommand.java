package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casenotes.export.DocumentKind;
import org.casenotes.export.ExportCancelledException;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporters;
import org.casenotes.export.NoteExport;
import org.casenotes.export.RecordExport;
import org.casenotes.export.RecordsRequest;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;

/**
 * {@code casenotes export --client ID [--from DATE] [--to DATE] [--kinds K,...] --pdf FILE CASELOAD}: answers a
 * records request as the workbench's Client &gt; Export Record... does (one PDF with cover page, contents and every
 * signed document in date order, the JSON beside it, never a psychotherapy note); {@code --note ID} writes one note
 * instead, and {@code --client ID --letter ID} one of the client's letters. {@code --format FORMAT --out FILE} instead of
 * {@code --pdf FILE} answers the records request in one file of another installed format (e.g. {@code fhir}: a FHIR R4
 * Bundle), with the same exclusions; with {@code --note} or {@code --letter} it writes that one signed document (a
 * draft note is refused: only the PDF, marked DRAFT, carries a draft). Every export is recorded in the caseload's audit log. A failure (unknown client or note, a file that
 * cannot be written, a bad date) is one line on stderr, leaves no file behind and changes nothing in the record.
 * Exit 0 written, 2 could not run.
 */
public final class ExportCommand implements Command {

    private static final String ACTOR = "casenotes-export";
    private static final String USAGE = "(--client ID [--from DATE] [--to DATE] [--kinds K,...] | --note ID"
            + " | --client ID --letter ID) (--pdf FILE | --format FORMAT --out FILE) CASELOAD";

    private final CaseloadStoreFactory stores;
    private final Function<Path, PinnedForms> forms;
    private final Supplier<Exporters> exporters;
    private final CaseloadAccess access;
    private final Clock clock;

    /**
     * @param stores     opens the caseload
     * @param forms      the forms the notes of a caseload can pin, given the caseload's folder
     * @param exporters  the installed exporters
     * @param passphrase supplies the passphrase, or nothing when none can be had
     * @param clock      the time exports are stamped with, in the zone times are shown in
     */
    public ExportCommand(CaseloadStoreFactory stores, Function<Path, PinnedForms> forms, Supplier<Exporters> exporters,
            Supplier<Optional<char[]>> passphrase, Clock clock) {
        this.stores = stores;
        this.forms = forms;
        this.exporters = exporters;
        this.access = new CaseloadAccess("casenotes export", passphrase);
        this.clock = clock;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return USAGE + "   a client's record (or one note or letter) as PDF, JSON beside it, or in another format"
                + " (--format fhir); never psychotherapy notes";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = Request.parse(arguments);
        } catch (IllegalArgumentException e) {
            err.println("casenotes export: " + e.getMessage());
            return access.usage(err, USAGE);
        }
        Optional<char[]> secret = access.passphrase(err);
        if (secret.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        try (CaseloadStore store = stores.open(request.caseload(), secret.get(), ACTOR)) {
            PinnedForms pinned = forms.apply(request.caseload());
            if (request.noteId() != null) {
                return exportNote(store, pinned::form, request, out, err);
            }
            if (request.letterId() != null) {
                return exportLetter(store, pinned::form, request, out, err);
            }
            RecordExport export = new RecordExport(store, pinned::form, exporters.get(), clock);
            if (request.format() != null) {
                RecordExport.Written written = export.write(request.format(), request.records(), request.out(),
                        new StderrProgress(err));
                out.printf("Wrote %d documents of client %s to %s as %s; psychotherapy notes are never included. The"
                        + " caseload's audit log records the export.%n", written.documents(), request.clientId(),
                        written.pdf(), request.format());
                return ExitCode.CLEAN;
            }
            RecordExport.Written written = export.write(request.records(), request.pdf(), new StderrProgress(err));
            out.printf("Wrote %d documents of client %s to %s and %s; psychotherapy notes are never included. The"
                    + " caseload's audit log records the export.%n", written.documents(), request.clientId(),
                    written.pdf(), written.json());
            return ExitCode.CLEAN;
        } catch (ExportFailedException | ExportCancelledException | IllegalArgumentException e) {
            err.println("casenotes export: " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        } catch (CaseloadStoreException e) {
            return access.failed(request.caseload(), e, false, err);
        }
    }

    private int exportNote(CaseloadStore store, org.casenotes.export.FormLookup pinned, Request request,
            PrintStream out, PrintStream err) {
        Optional<Note> note = store.loadNote(request.noteId());
        Optional<Client> client = note.flatMap(found -> store.loadClient(found.getClientId()));
        if (client.isEmpty()) {
            err.println("casenotes export: there is no note with the id '" + request.noteId() + "' in "
                    + request.caseload() + " (psychotherapy notes are never exported). Nothing was exported.");
            return ExitCode.CANNOT_RUN;
        }
        new NoteExport(store, pinned, exporters.get(), clock).write(request.documentFormat(), client.get(), note.get(),
                request.target());
        out.printf("Wrote note %s to %s%s%s. The caseload's audit log records the export.%n", request.noteId(),
                request.target(), request.format() == null ? "" : " as " + request.format(),
                note.get().getSignature() == null ? " (a draft: marked DRAFT on every page)" : "");
        return ExitCode.CLEAN;
    }

    private int exportLetter(CaseloadStore store, org.casenotes.export.FormLookup pinned, Request request,
            PrintStream out, PrintStream err) {
        Optional<Client> client = store.loadClient(request.clientId());
        Optional<Letter> letter = client.flatMap(found -> found.getLetters().stream()
                .filter(candidate -> request.letterId().equals(candidate.getId())).findFirst());
        if (letter.isEmpty()) {
            err.println("casenotes export: " + (client.isEmpty() ? "there is no client with the id '"
                    + request.clientId() + "'" : "client " + request.clientId() + " has no letter with the id '"
                            + request.letterId() + "'") + " in " + request.caseload() + ". Nothing was exported.");
            return ExitCode.CANNOT_RUN;
        }
        new NoteExport(store, pinned, exporters.get(), clock).write(request.documentFormat(), client.get(),
                letter.get(), request.target());
        out.printf("Wrote letter %s to %s%s. The caseload's audit log records the export.%n", request.letterId(),
                request.target(), request.format() == null ? "" : " as " + request.format());
        return ExitCode.CLEAN;
    }

    /** The parsed arguments. */
    private record Request(String clientId, String noteId, String letterId, LocalDate from, LocalDate to, Set<DocumentKind> kinds,
            Path pdf, String format, Path out, Path caseload) {

        static Request parse(List<String> arguments) {
            String client = null;
            String note = null;
            String letter = null;
            LocalDate from = null;
            LocalDate to = null;
            Set<DocumentKind> kinds = EnumSet.allOf(DocumentKind.class);
            Path pdf = null;
            String format = null;
            Path out = null;
            Path caseload = null;
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                case "--client" -> client = value(arguments, ++i, argument);
                case "--note" -> note = value(arguments, ++i, argument);
                case "--letter" -> letter = value(arguments, ++i, argument);
                case "--from" -> from = day(value(arguments, ++i, argument), argument);
                case "--to" -> to = day(value(arguments, ++i, argument), argument);
                case "--kinds" -> kinds = kinds(value(arguments, ++i, argument));
                case "--pdf" -> pdf = Path.of(value(arguments, ++i, argument));
                case "--format" -> format = value(arguments, ++i, argument);
                case "--out" -> out = Path.of(value(arguments, ++i, argument));
                default -> {
                    if (argument.startsWith("--") || caseload != null) {
                        throw new IllegalArgumentException("unexpected argument '" + argument + "'");
                    }
                    caseload = Path.of(argument);
                }
                }
            }
            if ((client == null) == (note == null)) {
                throw new IllegalArgumentException("name either --client or --note");
            }
            if (letter != null && client == null) {
                throw new IllegalArgumentException("--letter goes with --client (the letter's client)");
            }
            if ((format == null) != (out == null)) {
                throw new IllegalArgumentException("--format FORMAT and --out FILE go together");
            }
            if (format != null && pdf != null) {
                throw new IllegalArgumentException("--format FORMAT --out FILE is written instead of --pdf FILE;"
                        + " name one of them");
            }
            if (pdf == null && format == null || caseload == null) {
                throw new IllegalArgumentException(caseload != null ? "--pdf FILE (or --format FORMAT --out FILE) is"
                        + " missing" : "CASELOAD is missing");
            }
            if ((note != null || letter != null) && (from != null || to != null)) {
                throw new IllegalArgumentException("--from and --to go with a records request, not with --note or"
                        + " --letter");
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
            }
            return new Request(client, note, letter, from, to, kinds, pdf, format, out, caseload);
        }

        /** The format of a single note or letter: PDF unless {@code --format} names another. */
        String documentFormat() {
            return format == null ? Exporters.PDF : format;
        }

        /** The file a single note or letter is written to. */
        Path target() {
            return format == null ? pdf : out;
        }

        RecordsRequest records() {
            return new RecordsRequest(clientId, from, to, kinds);
        }

        private static String value(List<String> arguments, int index, String option) {
            if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return arguments.get(index);
        }

        private static LocalDate day(String text, String option) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(option + " '" + text + "' is not a date written as yyyy-mm-dd");
            }
        }

        private static Set<DocumentKind> kinds(String list) {
            Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
            for (String token : list.split(",")) {
                kinds.add(DocumentKind.ofToken(token.strip()).orElseThrow(() -> new IllegalArgumentException(
                        "unknown kind '" + token.strip() + "'; kinds are " + String.join(", ",
                                EnumSet.allOf(DocumentKind.class).stream().map(DocumentKind::token).toList()))));
            }
            return kinds;
        }
    }

    /** Progress on stderr, one line per step, so a long export shows that it moves. */
    private static final class StderrProgress implements ExportProgress {
        private final PrintStream err;

        StderrProgress(PrintStream err) {
            this.err = err;
        }

        @Override
        public void begin(String step, int documents) {
            err.printf("%s (%d documents)...%n", step, documents);
        }

        @Override
        public void documentWritten() {
            // one line per step is enough on a terminal
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
