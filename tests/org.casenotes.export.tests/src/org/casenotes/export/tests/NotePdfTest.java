package org.casenotes.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.NoteExport;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.Section;
import org.casenotes.model.record.Addendum;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotePdfTest {

    @TempDir
    static Path folder;
    private static DemoRecord demo;
    private static NoteExport export;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = new DemoRecord(folder);
        export = new NoteExport(demo.store, demo.forms, demo.exporters, DemoRecord.CLOCK);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void aSignedNoteShowsItsFormsSectionsInOrderWithLabelsSignatureAndContentHash() throws IOException {
        DemoRecord.ClientNote signed = demo.find(note -> note.getStatus() == NoteStatus.SIGNED
                && note.getAddenda().isEmpty() && !note.isLateEntry()).orElseThrow();
        Path pdf = demo.out("signed.pdf");
        export.writePdf(signed.client(), signed.note(), pdf);

        String text = PdfText.of(pdf);
        FormDefinition form = demo.forms.form(signed.note().getTemplateId(), signed.note().getTemplateVersion())
                .orElseThrow();
        List<String> sections = form.getElements().stream().filter(Section.class::isInstance)
                .map(element -> element.getLabel()).filter(text::contains).toList();
        assertTrue(sections.size() >= 3, "at least three of the form's sections are printed: " + sections);
        List<Integer> positions = new ArrayList<>();
        sections.forEach(label -> positions.add(text.indexOf(label)));
        assertEquals(positions.stream().sorted().toList(), positions, "sections in the form's order");
        assertTrue(text.contains(form.getTitle()), "the form's title");
        assertTrue(text.contains(signed.client().getLegalName()), "the client");
        assertTrue(text.contains("Signed by " + signed.note().getSignature().getSignerName() + ", "
                + signed.note().getSignature().getCredentials()), "signer and credentials: " + text);
        assertTrue(text.contains(signed.note().getSignature().getContentHash()), "the full content hash");
        assertFalse(text.contains("DRAFT"), "a signed note is not marked as a draft");
        Path png = PdfText.screenshot(pdf, 1, "signed-note");
        PdfText.screenshot(pdf, PdfText.pages(pdf), "signed-note-last-page");
        assertTrue(Files.size(png) > 10_000, "the page was rendered: " + png);
    }

    @Test
    void addendaFollowTheSignatureInTheOrderTheyWereWritten() throws IOException {
        DemoRecord.ClientNote amended = demo.find(note -> !note.getAddenda().isEmpty()).orElseThrow();
        Path pdf = demo.out("amended.pdf");
        export.writePdf(amended.client(), amended.note(), pdf);

        String text = flat(PdfText.of(pdf));
        int previous = text.indexOf("Signed by");
        assertTrue(previous >= 0, "the signature");
        for (int i = 0; i < amended.note().getAddenda().size(); i++) {
            Addendum addendum = amended.note().getAddenda().get(i);
            int at = text.indexOf("Addendum " + (i + 1) + " by");
            assertTrue(at > previous, "addendum " + (i + 1) + " after what came before it");
            assertTrue(text.indexOf(flat(addendum.getReason()), at) > at, "its reason");
            assertTrue(text.indexOf(flat(addendum.getText()), at) > at, "its text");
            previous = at;
        }
    }

    @Test
    void aLateEntryAndACoSignatureAreLabelled() throws IOException {
        DemoRecord.ClientNote late = demo.find(note -> note.isLateEntry() && note.getSignature() != null)
                .orElseThrow();
        Path latePdf = demo.out("late.pdf");
        export.writePdf(late.client(), late.note(), latePdf);
        assertTrue(flat(PdfText.of(latePdf)).contains("Late entry. Reason: " + flat(late.note().getLateEntryReason())));

        DemoRecord.ClientNote cosigned = demo.find(note -> note.getCosignature() != null).orElseThrow();
        Path cosignedPdf = demo.out("cosigned.pdf");
        export.writePdf(cosigned.client(), cosigned.note(), cosignedPdf);
        assertTrue(PdfText.of(cosignedPdf).contains("Co-signed by " + cosigned.note().getCosignature().getSignerName()));
    }

    @Test
    void everyPageOfADraftIsMarkedDraft() throws IOException {
        DemoRecord.ClientNote draft = demo.find(note -> note.getSignature() == null).orElseThrow();
        Path pdf = demo.out("draft.pdf");
        export.writePdf(draft.client(), draft.note(), pdf);

        for (int page = 1; page <= PdfText.pages(pdf); page++) {
            assertTrue(PdfText.page(pdf, page).contains("DRAFT"), "page " + page + " is marked DRAFT");
        }
        assertTrue(PdfText.of(pdf).contains("DRAFT: not signed"), "and the text says so");
        PdfText.screenshot(pdf, 1, "draft-note");
    }

    @Test
    void theExportIsTaggedWithEmbeddedFontsAndTitle() throws IOException {
        DemoRecord.ClientNote signed = demo.find(note -> note.getSignature() != null).orElseThrow();
        Path pdf = demo.out("tagged.pdf");
        export.writePdf(signed.client(), signed.note(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked(), "marked as tagged");
            assertEquals("en-US", document.getDocumentCatalog().getLanguage());
            assertFalse(document.getDocumentCatalog().getStructureTreeRoot().getKids().isEmpty(), "structure tree");
            assertTrue(document.getDocumentInformation().getTitle().length() > 3, "title");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void anExportIsRecordedInTheAuditLogWithWhereItWent() {
        DemoRecord.ClientNote signed = demo.find(note -> note.getSignature() != null).orElseThrow();
        Path pdf = demo.out("audited.pdf");
        export.writePdf(signed.client(), signed.note(), pdf);

        List<AuditEntry> entries = demo.store.auditLog().entriesFor(RecordKind.NOTE, signed.note().getId());
        AuditEntry last = entries.get(entries.size() - 1);
        assertEquals(AuditAction.EXPORT, last.action());
        assertTrue(last.detail().contains(pdf.toAbsolutePath().toString()), last.detail());

        export.audit().notePrinted(signed.note().getId(), "Office printer", 2);
        List<AuditEntry> after = demo.store.auditLog().entriesFor(RecordKind.NOTE, signed.note().getId());
        assertEquals(AuditAction.PRINT, after.get(after.size() - 1).action());
        assertTrue(after.get(after.size() - 1).detail().contains("Office printer"));
    }

    @Test
    void anUnwritableTargetFailsWithOneMessageLeavesNoFileAndNoAuditEntry() throws IOException {
        DemoRecord.ClientNote signed = demo.find(note -> note.getSignature() != null).orElseThrow();
        long entries = demo.store.auditLog().size();
        Path notAFolder = demo.out("plain.txt");
        Files.writeString(notAFolder, "x");

        ExportFailedException missing = assertThrows(ExportFailedException.class,
                () -> export.writePdf(signed.client(), signed.note(), notAFolder.resolve("note.pdf")));
        assertTrue(missing.getMessage().startsWith("Cannot write "), missing.getMessage());
        Path aFolder = Files.createDirectories(demo.out("folder.pdf"));
        ExportFailedException folderTarget = assertThrows(ExportFailedException.class,
                () -> export.writePdf(signed.client(), signed.note(), aFolder));
        assertTrue(folderTarget.getMessage().contains("it is a folder"), folderTarget.getMessage());

        assertEquals(entries, demo.store.auditLog().size(), "nothing recorded");
        try (Stream<Path> files = Files.list(demo.out(""))) {
            assertFalse(files.anyMatch(file -> file.getFileName().toString().endsWith(".part")), "no partial file");
        }
    }

    @Test
    void aLetterIsPrintedAsWrittenAndAudited() throws IOException {
        org.casenotes.model.record.Client client = demo.clients().stream()
                .filter(candidate -> !candidate.getLetters().isEmpty()).findFirst().orElseThrow();
        org.casenotes.model.record.Letter letter = client.getLetters().get(0);
        Path pdf = demo.out("letter.pdf");
        export.writePdf(client, letter, pdf);

        String text = flat(PdfText.of(pdf));
        assertTrue(text.contains("To: " + flat(letter.getRecipient())), text);
        assertTrue(text.contains(flat(letter.getText())), "the letter's text with its line breaks: " + text);
        List<AuditEntry> entries = demo.store.auditLog().entriesFor(RecordKind.NOTE, letter.getId());
        assertEquals(AuditAction.EXPORT, entries.get(entries.size() - 1).action());
        assertTrue(entries.get(entries.size() - 1).detail().contains("letter"));
        PdfText.screenshot(pdf, 1, "letter");
    }

    @Test
    void aPsychotherapyNoteIsRefused() {
        DemoRecord.ClientNote any = demo.find(note -> note.getSignature() != null).orElseThrow();
        var privateNote = demo.store.psychotherapyNotes().load("private-" + any.client().getId()).orElseThrow();
        var withPsychotherapyForm = new NoteExport(demo.store, (id, version) -> id.startsWith("std.psychotherapy")
                ? java.util.Optional.of(psychotherapyForm()) : demo.forms.form(id, version), demo.exporters,
                DemoRecord.CLOCK);
        assertThrows(IllegalArgumentException.class,
                () -> withPsychotherapyForm.writePdf(any.client(), privateNote, demo.out("private.pdf")));
        assertFalse(Files.exists(demo.out("private.pdf")));
    }

    private static FormDefinition psychotherapyForm() {
        FormDefinition form = org.casenotes.model.form.FormFactory.eINSTANCE.createFormDefinition();
        form.setId("std.psychotherapy.ProcessNote");
        form.setTitle("Process Note");
        form.setVersion(1);
        form.setKind(org.casenotes.model.form.FormKind.PSYCHOTHERAPY);
        return form;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
