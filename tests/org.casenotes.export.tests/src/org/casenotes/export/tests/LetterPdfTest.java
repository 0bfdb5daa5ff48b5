package org.casenotes.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.LetterMerge;
import org.casenotes.core.letters.LetterSigning;
import org.casenotes.core.letters.LetterSources;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.core.letters.MergeField;
import org.casenotes.export.NoteExport;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.RecordKind;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter written as the New Letter wizard writes one — a standard template merged with a demo client's record, the
 * writer's profile, the agency's letterhead and the asked fields, then signed and saved — comes out as a PDF with the
 * letterhead, date, recipient, every field filled, no placeholder left and the signature block.
 */
class LetterPdfTest {

    @TempDir
    static Path folder;
    private static DemoRecord demo;
    private static CompiledLibrary library;

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = new DemoRecord(folder);
        library = TemplateLibrary.contributed().compile();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    @Test
    void aMergedSignedLetterShowsLetterheadRecipientFilledFieldsAndSignature() throws IOException {
        FormDefinition form = library.form("std.letters.MedicalRecordsRequest").orElseThrow();
        Client client = demo.clients().get(0);
        LetterSources sources = new LetterSources(client, new LetterAuthor("clin-vale", "Robin Vale", "LCSW",
                "NH-LCSW-2231", "603-555-0101", "robin.vale@example.org"), new Letterhead("Harbourside Counseling",
                        "12 Quay Street\nPortsmouth, NH 03801", "603-555-0100", "603-555-0199"),
                DemoRecord.TODAY);
        Map<String, String> answers = new LinkedHashMap<>();
        for (MergeField field : new LetterMerge().asked(form, sources)) {
            answers.put(field.name(), "Answer-" + field.name().replace('.', '-'));
        }
        String text = new LetterMerge().merge(form, sources, answers).requireComplete();
        Letter letter = new LetterSigning(new LetterMerge(), DemoRecord.CLOCK).sign("L-merged-1", form, sources,
                answers, text);
        client.getLetters().add(letter);
        demo.store.saveClient(client);
        Client saved = demo.store.loadClient(client.getId()).orElseThrow();
        Letter stored = saved.getLetters().stream().filter(candidate -> candidate.getId().equals("L-merged-1"))
                .findFirst().orElseThrow();

        Path pdf = demo.out("merged-letter.pdf");
        new NoteExport(demo.store, (id, version) -> library.form(id).filter(found -> found.getVersion() == version),
                demo.exporters, DemoRecord.CLOCK).writePdf(saved, stored, pdf);

        String printed = PdfText.of(pdf);
        String flat = flat(printed);
        assertTrue(printed.contains("Harbourside Counseling\n12 Quay Street\nPortsmouth, NH 03801"), "letterhead: "
                + printed);
        assertTrue(flat.contains("Request for medical records (provider to provider)"), "the template's title");
        assertTrue(flat.contains("To: Answer-recipientName"), "the recipient");
        assertTrue(flat.contains("27 Nov 2026 · Signed"), "the day of writing under the title: " + flat);
        assertTrue(printed.contains("Answer-recipientName\n27 November 2026\n"), "the letter's own date line");
        assertTrue(flat.contains("Re: " + client.getLegalName()), "the client's name from the record: " + flat);
        for (String answer : answers.values()) {
            assertTrue(flat.contains(answer), answer + " is merged: " + flat);
        }
        assertTrue(flat.contains("to me at 12 Quay Street, Portsmouth, NH 03801, or by fax to 603-555-0199."),
                "the letterhead's address joined inside a sentence, and its fax: " + flat);
        assertTrue(flat.contains("License NH-LCSW-2231"), "the clinician's license merged");
        assertFalse(printed.contains("{") || printed.contains("}"), "no merge field left: " + printed);
        assertTrue(flat.contains("Signed by Robin Vale, LCSW on"), "the signature block: " + flat);
        assertTrue(flat.contains(stored.getSignature().getContentHash()), "the content hash");
        assertFalse(flat.contains("DRAFT"));
        List<AuditEntry> entries = demo.store.auditLog().entriesFor(RecordKind.NOTE, "L-merged-1");
        assertEquals(List.of(AuditAction.SIGN, AuditAction.EXPORT), entries.stream().map(AuditEntry::action).toList());
        Path png = PdfText.screenshot(pdf, 1, "merged-letter");
        assertTrue(Files.size(png) > 10_000, "the page was rendered: " + png);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
