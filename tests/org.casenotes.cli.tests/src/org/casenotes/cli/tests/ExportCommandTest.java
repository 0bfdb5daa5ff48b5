package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casenotes.cli.internal.ExitCode;
import org.casenotes.cli.internal.ExportCommand;
import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.LetterMerge;
import org.casenotes.core.letters.LetterSigning;
import org.casenotes.core.letters.LetterSources;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.demo.DemoForms;
import org.casenotes.export.Exporters;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.store.RecordKind;
import org.casenotes.template.library.TemplateLibrary;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code casenotes export} on the fictional demo caseload, with a psychotherapy note that must never come out. */
class ExportCommandTest {

    private static final String PRIVATE_SENTENCE = "My hunch is that the silences are about the old apartment";

    @TempDir
    static Path temp;
    private static Path caseload;
    private static String clientId;
    private static Note signedNote;
    private static Client withLetter;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void writeDemo() {
        caseload = temp.resolve("caseload");
        try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(caseload,
                DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR)) {
            DemoCaseload.standard(LocalDate.of(2026, 11, 27), TemplateLibrary.contributed().compile()::form)
                    .writeTo(store, (done, total, name) -> {
                    });
            clientId = store.listClients().get(0).id();
            Client client = store.loadClient(clientId).orElseThrow();
            signedNote = client.getNotes().stream().filter(note -> note.getSignature() != null).findFirst()
                    .orElseThrow();
            withLetter = store.listClients().stream().map(summary -> store.loadClient(summary.id()).orElseThrow())
                    .filter(candidate -> !candidate.getLetters().isEmpty()).findFirst().orElseThrow();
            Note secret = RecordFactory.eINSTANCE.createNote();
            secret.setId("private-1");
            secret.setClientId(clientId);
            secret.setTemplateId("std.psychotherapy.ProcessNote");
            secret.setStatus(NoteStatus.DRAFT);
            secret.setDateOfService(LocalDate.of(2026, 11, 20));
            TextValue text = RecordFactory.eINSTANCE.createTextValue();
            text.setFieldId("impressions");
            text.setText(PRIVATE_SENTENCE);
            secret.getValues().add(text);
            store.psychotherapyNotes().save(secret);
        }
    }

    private int export(String... arguments) {
        DemoForms demo = new DemoForms();
        ExportCommand command = new ExportCommand(Caseloads.embedded(),
                folder -> (id, version) -> demo.form(id).filter(form -> form.getVersion() == version),
                () -> Exporters.contributed(RegistryFactory.getRegistry()),
                () -> Optional.of(DemoCaseload.PASSPHRASE.toCharArray()),
                Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"), DemoCaseload.ZONE));
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aClientsRecordIsWrittenAsAFhirBundleWithoutThePsychotherapyNoteAndAudited() throws IOException {
        Path bundle = temp.resolve("record.fhir.json");
        int exit = export("--client", clientId, "--format", "fhir", "--out", bundle.toString(), caseload.toString());

        assertEquals(ExitCode.CLEAN, exit, err.toString());
        assertTrue(out.toString().contains("as fhir"), out.toString());
        String json = Files.readString(bundle);
        assertTrue(json.contains("\"resourceType\": \"Bundle\""), "a FHIR bundle");
        assertTrue(json.contains(signedNote.getId()), "with the signed note");
        assertFalse(json.contains(PRIVATE_SENTENCE), "never the psychotherapy note");
        try (CaseloadStore store = Caseloads.embedded().open(caseload, DemoCaseload.PASSPHRASE.toCharArray(), "t")) {
            List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, clientId);
            AuditEntry last = entries.get(entries.size() - 1);
            assertEquals(AuditAction.EXPORT, last.action());
            assertTrue(last.detail().contains("as fhir"), last.detail());
        }
    }

    @Test
    void anUnknownFormatWritesNothing() {
        Path file = temp.resolve("record.xyz");
        int exit = export("--client", clientId, "--format", "xyz", "--out", file.toString(), caseload.toString());

        assertEquals(ExitCode.CANNOT_RUN, exit);
        assertTrue(err.toString().contains("No exporter for the format 'xyz'"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void aClientsRecordIsWrittenAsPdfAndJsonWithoutThePsychotherapyNoteAndAudited() throws IOException {
        Path pdf = temp.resolve("record.pdf");
        int exit = export("--client", clientId, "--from", "2026-01-01", "--pdf", pdf.toString(), caseload.toString());

        assertEquals(ExitCode.CLEAN, exit, err.toString());
        assertTrue(out.toString().startsWith("Wrote "), out.toString());
        String text = text(pdf);
        assertTrue(text.contains("Record of "), "the cover page");
        assertTrue(text.contains(signedNote.getSignature().getContentHash()), "a signed note with its hash");
        assertFalse(text.replaceAll("\\s+", " ").contains(PRIVATE_SENTENCE), "no psychotherapy note in the PDF");
        assertFalse(Files.readString(temp.resolve("record.json")).contains(PRIVATE_SENTENCE), "nor in the JSON");
        try (CaseloadStore store = Caseloads.embedded().open(caseload, DemoCaseload.PASSPHRASE.toCharArray(), "t")) {
            List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, clientId);
            AuditEntry last = entries.get(entries.size() - 1);
            assertEquals(AuditAction.EXPORT, last.action());
            assertEquals("casenotes-export", last.actor());
        }
    }

    @Test
    void oneNoteIsWrittenByItsId() throws IOException {
        Path pdf = temp.resolve("note.pdf");
        assertEquals(ExitCode.CLEAN, export("--note", signedNote.getId(), "--pdf", pdf.toString(),
                caseload.toString()), err.toString());
        assertTrue(text(pdf).contains("Signed by " + signedNote.getSignature().getSignerName()));
    }

    @Test
    void oneSignedNoteIsWrittenAsASmallFhirBundleOfItsAnswersFormAndClientAndAudited() throws IOException {
        Path file = temp.resolve("note.fhir.json");
        int exit = export("--note", signedNote.getId(), "--format", "fhir", "--out", file.toString(),
                caseload.toString());

        assertEquals(ExitCode.CLEAN, exit, err.toString());
        assertTrue(out.toString().contains("as fhir"), out.toString());
        String json = Files.readString(file);
        for (String type : List.of("Bundle", "Patient", "Questionnaire", "QuestionnaireResponse", "Composition")) {
            assertTrue(json.contains("\"resourceType\": \"" + type + "\""), type);
        }
        assertTrue(json.contains(signedNote.getId()), "the note");
        for (String type : List.of("Condition", "CarePlan", "Goal", "Observation", "DocumentReference")) {
            assertFalse(json.contains("\"resourceType\": \"" + type + "\""), "nothing else of the record: " + type);
        }
        assertFalse(json.contains(PRIVATE_SENTENCE));
        try (CaseloadStore store = Caseloads.embedded().open(caseload, DemoCaseload.PASSPHRASE.toCharArray(), "t")) {
            List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, signedNote.getId());
            AuditEntry last = entries.get(entries.size() - 1);
            assertEquals(AuditAction.EXPORT, last.action());
            assertTrue(last.detail().startsWith("FHIR of the note written to "), last.detail());
        }
    }

    @Test
    void aDraftNoteIsRefusedAsFhirAndNothingIsWritten() {
        Note draft;
        try (CaseloadStore store = Caseloads.embedded().open(caseload, DemoCaseload.PASSPHRASE.toCharArray(), "t")) {
            draft = store.listClients().stream().flatMap(summary -> store.loadClient(summary.id()).orElseThrow()
                    .getNotes().stream()).filter(note -> note.getSignature() == null).findFirst().orElseThrow();
        }
        Path file = temp.resolve("draft.fhir.json");

        assertEquals(ExitCode.CANNOT_RUN, export("--note", draft.getId(), "--format", "fhir", "--out",
                file.toString(), caseload.toString()));

        assertEquals("casenotes export: Note " + draft.getId() + " is a draft: only signed notes are exported as FHIR R4"
                + " bundle (JSON). Sign it first, or export it as a PDF, which marks a draft as such. Nothing was"
                + " exported.", err.toString().strip());
        assertFalse(Files.exists(file));
    }

    @Test
    void aPsychotherapyNoteIsNotFoundForFhirEither() {
        Path file = temp.resolve("private.fhir.json");

        assertEquals(ExitCode.CANNOT_RUN, export("--note", "private-1", "--format", "fhir", "--out", file.toString(),
                caseload.toString()));

        assertTrue(err.toString().contains("there is no note with the id 'private-1'"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void oneLetterIsWrittenAsAFhirDocumentReference() throws IOException {
        Path file = temp.resolve("letter.fhir.json");
        var letter = withLetter.getLetters().get(0);

        assertEquals(ExitCode.CLEAN, export("--client", withLetter.getId(), "--letter", letter.getId(), "--format",
                "fhir", "--out", file.toString(), caseload.toString()), err.toString());

        String json = Files.readString(file);
        assertTrue(json.contains("\"resourceType\": \"DocumentReference\""), json);
        assertTrue(json.contains("\"resourceType\": \"Patient\""), json);
        assertFalse(json.contains("\"resourceType\": \"QuestionnaireResponse\""), "no note beside the letter");
        assertFalse(json.contains("\"resourceType\": \"Condition\""), "nor the diagnoses");
    }

    @Test
    void oneLetterIsWrittenByItsIdWithItsText() throws IOException {
        Path pdf = temp.resolve("letter.pdf");
        var letter = withLetter.getLetters().get(0);
        assertEquals(ExitCode.CLEAN, export("--client", withLetter.getId(), "--letter", letter.getId(), "--pdf",
                pdf.toString(), caseload.toString()), err.toString());
        String firstLine = letter.getText().lines().filter(line -> !line.isBlank()).findFirst().orElseThrow().strip();
        assertTrue(text(pdf).replaceAll("\\s+", " ").contains(firstLine.replaceAll("\\s+", " ")), firstLine);

        err.reset();
        assertEquals(ExitCode.CANNOT_RUN, export("--client", withLetter.getId(), "--letter", "no-such-letter",
                "--pdf", temp.resolve("none.pdf").toString(), caseload.toString()));
        assertTrue(err.toString().contains("has no letter with the id 'no-such-letter'"), err.toString());
    }

    @Test
    void aLetterWrittenWithTheMergeIsPrintedFilledAndSigned() throws IOException {
        FormDefinition form = TemplateLibrary.contributed().compile().form("std.letters.DischargeGoalsMet")
                .orElseThrow();
        Map<String, String> answers = Map.of("lastSessionDate", "20 November 2026", "achievements",
                "You now sleep through most nights.", "clinician.phone", "603-555-0101");
        try (CaseloadStore store = Caseloads.embedded().open(caseload, DemoCaseload.PASSPHRASE.toCharArray(), "t")) {
            Client client = store.loadClient(clientId).orElseThrow();
            LetterSources sources = new LetterSources(client, new LetterAuthor("clin-vale", "Robin Vale", "LCSW", "",
                    "", ""), new Letterhead("Harbourside Counseling", "12 Quay Street", "603-555-0100", ""),
                    LocalDate.of(2026, 11, 27));
            LetterMerge merge = new LetterMerge();
            client.getLetters().add(new LetterSigning(merge, Clock.systemUTC()).sign("L-cli-1", form, sources, answers,
                    merge.merge(form, sources, answers).requireComplete()));
            store.saveClient(client);
        }
        Path pdf = temp.resolve("merged-letter.pdf");

        assertEquals(ExitCode.CLEAN, export("--client", clientId, "--letter", "L-cli-1", "--pdf", pdf.toString(),
                caseload.toString()), err.toString());

        String text = text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Our last session was on 20 November 2026."), text);
        assertTrue(text.contains("You now sleep through most nights."), text);
        assertTrue(text.contains("Signed by Robin Vale, LCSW on"), text);
        assertFalse(text.contains("{"), "no merge field left: " + text);
    }

    @Test
    void anUnknownClientOrNoteAndAnUnwritableTargetAreOneLineEachAndLeaveNoFile() throws IOException {
        Path pdf = temp.resolve("nobody.pdf");
        assertEquals(ExitCode.CANNOT_RUN, export("--client", "C-9999", "--pdf", pdf.toString(), caseload.toString()));
        assertEquals("casenotes export: There is no client with the id 'C-9999' in this caseload. Nothing was "
                + "exported.", err.toString().strip());
        assertFalse(Files.exists(pdf));

        err.reset();
        assertEquals(ExitCode.CANNOT_RUN, export("--note", "private-1", "--pdf", pdf.toString(), caseload.toString()));
        assertTrue(err.toString().contains("there is no note with the id 'private-1'"), err.toString());
        assertFalse(Files.exists(pdf), "a psychotherapy note is not found as a note");

        err.reset();
        Path intoAFile = temp.resolve("plain.txt");
        Files.writeString(intoAFile, "x");
        assertEquals(ExitCode.CANNOT_RUN, export("--client", clientId, "--pdf", intoAFile.resolve("r.pdf").toString(),
                caseload.toString()));
        List<String> lines = err.toString().lines().filter(line -> line.startsWith("casenotes export:")).toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).contains("Cannot write"), lines.get(0));
        try (Stream<Path> files = Files.list(temp)) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void badArgumentsAreNamedWithTheUsage() {
        assertEquals(ExitCode.CANNOT_RUN, export("--client", clientId, "--from", "yesterday", "--pdf", "x.pdf",
                caseload.toString()));
        assertTrue(err.toString().contains("--from 'yesterday' is not a date written as yyyy-mm-dd"), err.toString());
        assertTrue(err.toString().contains("usage: casenotes export"), err.toString());
    }

    @Test
    void theStandardCommandLineRoutesExport() {
        CommandLine casenotes = CommandLine.standard();
        assertEquals(ExitCode.CANNOT_RUN, casenotes.run("export"));
        assertTrue(casenotes.err().contains("usage: casenotes export"), casenotes.err());
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
