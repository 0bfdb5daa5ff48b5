package org.casenotes.ui.tests.lifecycle;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casenotes.export.RecordExport;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.export.ExportDestinations;
import org.casenotes.ui.export.ExportNoteAsHandler;
import org.casenotes.ui.export.ExportNotePdfHandler;
import org.casenotes.ui.export.ExportRecordDialog;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.commands.Command;
import org.eclipse.swt.printing.Printer;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * File &gt; Export as PDF..., File &gt; Export As... (FHIR), File &gt; Print... and Client &gt; Export Record... on the demo caseload, with real
 * dialogs; only the platform's save and print dialogs, which no test can drive, are answered through
 * {@link ExportDestinations}. The files written are read back with PDFBox.
 */
class ExportUiTest {

    private final ChosenDestinations chosen = new ChosenDestinations();
    private Path folder;

    @BeforeEach
    void chooseFilesInATemporaryFolder() throws IOException {
        folder = Files.createTempDirectory("casenotes-export");
        ExportDestinations.use(chosen);
    }

    @AfterEach
    void bringTheDialogsBack() {
        ExportDestinations.use(null);
        Workbench.closeAllEditors();
        Workbench.activateWindow();
    }

    @Test
    void exportAsPdfAndPrintAreEnabledForAnOpenNoteAndTheExportIsWrittenAndAudited() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        Client client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
        Note signed = client.getNotes().stream().filter(note -> note.getSignature() != null).findFirst()
                .orElseThrow();
        Workbench.closeAllEditors();
        EventLoop.spinUntil(() -> !enabled("org.casenotes.ui.export.printNote"), 30_000, "Print to wait for a note");
        NoteOpener.openStored(page(), client, signed, Workplace.rules(), NoteHome.record(store));
        EventLoop.spinUntil(() -> enabled("org.casenotes.ui.export.printNote")
                && enabled("org.casenotes.ui.export.notePdf"), 30_000, "Print and Export as PDF to be enabled");

        chosen.file = folder.resolve("note.pdf");
        Dialogs.Awaited done = Dialogs.answer(ExportNotePdfHandler.TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.export.notePdf");
        EventLoop.spinUntil(done::shown, 60_000, "the export's result");
        assertTrue(done.text().startsWith("The note was written to " + chosen.file), done.text());
        assertTrue(chosen.suggestedNames.get(0).endsWith("-note.pdf"), chosen.suggestedNames.toString());
        String text = text(chosen.file);
        assertTrue(text.contains(signed.getSignature().getContentHash()), "the signed note with its hash");
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, signed.getId());
        assertEquals(AuditAction.EXPORT, entries.get(entries.size() - 1).action());
    }

    @Test
    void exportAsWritesTheOpenSignedNoteAsASmallFhirBundleAndAuditsIt() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        Client client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
        Note signed = client.getNotes().stream().filter(note -> note.getSignature() != null).findFirst()
                .orElseThrow();
        openAndWaitForExportAs(store, client, signed);

        chosen.file = folder.resolve("note.fhir.json");
        Dialogs.Awaited done = Dialogs.answer(ExportNoteAsHandler.TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.export.noteAs");
        EventLoop.spinUntil(done::shown, 60_000, "the export's result");

        assertTrue(done.text().startsWith("The note was written to " + chosen.file + " as FHIR R4 bundle (JSON)"),
                done.text());
        assertTrue(chosen.suggestedNames.get(0).endsWith("-note.fhir.json"), chosen.suggestedNames.toString());
        String bundle = Files.readString(chosen.file);
        assertTrue(bundle.contains("\"resourceType\": \"QuestionnaireResponse\""), "the note's answers");
        assertTrue(bundle.contains(signed.getId()), "of the note");
        assertFalse(bundle.contains("\"resourceType\": \"Condition\""), "nothing else of the record");
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, signed.getId());
        assertTrue(entries.get(entries.size() - 1).detail().startsWith("FHIR of the note written to"),
                entries.get(entries.size() - 1).detail());
    }

    @Test
    void exportAsRefusesADraftNoteAndWritesNothing() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        // a draft on an installed template (another test of this run leaves a draft on an agency template it removes)
        Predicate<Note> openableDraft = note -> note.getSignature() == null
                && NoteForms.installed().form(note.getTemplateId(), note.getTemplateVersion()).isPresent();
        Client client = store.listClients().stream().map(summary -> store.loadClient(summary.id()).orElseThrow())
                .filter(candidate -> candidate.getNotes().stream().anyMatch(openableDraft))
                .findFirst().orElseThrow();
        Note draft = client.getNotes().stream().filter(openableDraft).findFirst().orElseThrow();
        openAndWaitForExportAs(store, client, draft);

        chosen.file = folder.resolve("draft.fhir.json");
        Dialogs.Awaited refused = Dialogs.answer(ExportNoteAsHandler.TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.export.noteAs");
        EventLoop.spinUntil(refused::shown, 60_000, "the refusal");

        assertTrue(refused.text().contains("is a draft: only signed notes are exported as FHIR R4 bundle (JSON)"),
                refused.text());
        assertFalse(Files.exists(chosen.file), "nothing written");
    }

    private void openAndWaitForExportAs(CaseloadStore store, Client client, Note note) throws Exception {
        Workbench.closeAllEditors();
        EventLoop.spinUntil(() -> !enabled("org.casenotes.ui.export.noteAs"), 30_000, "Export As to wait for a note");
        NoteOpener.openStored(page(), client, note, Workplace.rules(), NoteHome.record(store));
        EventLoop.spinUntil(() -> enabled("org.casenotes.ui.export.noteAs"), 30_000, "Export As to be enabled");
    }

    @Test
    void exportRecordSaysPsychotherapyNotesAreNeverIncludedAndWritesThePdfAndJson() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        String clientId = store.listClients().get(1).id();
        StartedCaseload.view().selectClient(clientId);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> clientId.equals(overview.shownClientId()), 30_000, "the client to show");

        chosen.file = folder.resolve("record.pdf");
        Dialogs.Awaited[] result = new Dialogs.Awaited[1];
        Dialogs.Awaited asked = Dialogs.answer(ExportRecordDialog.TITLE,
                shell -> ExportRecordDialog.TITLE.equals(shell.getText())
                        && !WidgetFinder.all(shell, Text.class).isEmpty(),
                dialog -> {
                    WidgetFinder.all(dialog, Text.class).stream().filter(Text::getEditable).findFirst().orElseThrow()
                            .setText("2026-01-01");
                    result[0] = Dialogs.answer("the export's result",
                            shell -> ExportRecordDialog.TITLE.equals(shell.getText())
                                    && WidgetFinder.all(shell, Text.class).isEmpty(),
                            Dialogs.pressing("OK"));
                    Dialogs.press(dialog, "Export...");
                });
        ActiveWorkbench.runCommand("org.casenotes.ui.export.record");
        EventLoop.spinUntil(() -> result[0] != null && result[0].shown(), 120_000, "the record export's result");
        assertTrue(asked.text().contains(ExportRecordDialog.PSYCHOTHERAPY_NOTICE), asked.text());
        assertTrue(result[0].text().contains("were written to " + chosen.file), result[0].text());
        assertTrue(Files.exists(RecordExport.jsonBeside(chosen.file)), "the JSON beside the PDF");
        assertTrue(text(chosen.file).contains("Psychotherapy notes are not part of this record"));
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, clientId);
        assertEquals(AuditAction.EXPORT, entries.get(entries.size() - 1).action());
    }

    @Test
    void exportRecordOffersTheFhirBundleAndWritesItAsOneAuditedFile() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        String clientId = store.listClients().get(2).id();
        StartedCaseload.view().selectClient(clientId);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> clientId.equals(overview.shownClientId()), 30_000, "the client to show");

        chosen.file = folder.resolve("record.fhir.json");
        List<String> offered = new java.util.ArrayList<>();
        Dialogs.Awaited[] result = new Dialogs.Awaited[1];
        Dialogs.answer(ExportRecordDialog.TITLE, shell -> ExportRecordDialog.TITLE.equals(shell.getText())
                && !WidgetFinder.all(shell, Text.class).isEmpty(), dialog -> {
                    List<org.eclipse.swt.widgets.Combo> combos = WidgetFinder.all(dialog,
                            org.eclipse.swt.widgets.Combo.class);
                    if (combos.isEmpty()) {
                        Dialogs.press(dialog, "Cancel");
                        return;
                    }
                    org.eclipse.swt.widgets.Combo formats = combos.get(0);
                    offered.addAll(List.of(formats.getItems()));
                    formats.select(offered.indexOf("FHIR R4 bundle (JSON)"));
                    result[0] = Dialogs.answer("the export's result",
                            shell -> ExportRecordDialog.TITLE.equals(shell.getText())
                                    && WidgetFinder.all(shell, Text.class).isEmpty(),
                            Dialogs.pressing("OK"));
                    Dialogs.press(dialog, "Export...");
                });
        ActiveWorkbench.runCommand("org.casenotes.ui.export.record");
        assertTrue(offered.contains("FHIR R4 bundle (JSON)"), "the formats offered: " + offered);
        EventLoop.spinUntil(() -> result[0] != null && result[0].shown(), 120_000, "the FHIR export's result");

        assertTrue(result[0].text().contains("were written to " + chosen.file + " as FHIR R4 bundle (JSON)"),
                result[0].text());
        assertTrue(chosen.suggestedNames.get(chosen.suggestedNames.size() - 1).endsWith(".fhir.json"),
                chosen.suggestedNames.toString());
        String bundle = Files.readString(chosen.file);
        assertTrue(bundle.contains("\"resourceType\": \"Bundle\""), "a FHIR bundle");
        assertTrue(bundle.contains(clientId), "of the client");
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.CLIENT, clientId);
        assertTrue(entries.get(entries.size() - 1).detail().contains("as fhir"),
                entries.get(entries.size() - 1).detail());
    }

    @Test
    void printSendsTheNotesPagesToThePrinterChosenAndRecordsIt() throws Exception {
        PrinterData toFile = Arrays.stream(Printer.getPrinterList())
                .filter(printer -> printer.name.toLowerCase(Locale.ROOT).contains("file")).findFirst().orElse(null);
        Assumptions.assumeTrue(toFile != null, "this desktop offers no print-to-file printer");
        Path printed = folder.resolve("printed.pdf");
        toFile.printToFile = true;
        toFile.fileName = printed.toString();
        chosen.printer = toFile;
        CaseloadStore store = StartedCaseload.store();
        Client client = store.loadClient(store.listClients().get(0).id()).orElseThrow();
        Note signed = client.getNotes().stream().filter(note -> note.getSignature() != null).findFirst()
                .orElseThrow();
        NoteOpener.openStored(page(), client, signed, Workplace.rules(), NoteHome.record(store));
        EventLoop.spinUntil(() -> enabled("org.casenotes.ui.export.printNote"), 30_000, "Print to be enabled");

        ActiveWorkbench.runCommand("org.casenotes.ui.export.printNote");
        EventLoop.spinUntil(() -> {
            List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, signed.getId());
            return entries.get(entries.size() - 1).action() == AuditAction.PRINT;
        }, 120_000, "the print to be recorded");
        List<AuditEntry> entries = store.auditLog().entriesFor(RecordKind.NOTE, signed.getId());
        assertTrue(entries.get(entries.size() - 1).detail().startsWith("printed on " + toFile.name),
                entries.get(entries.size() - 1).detail());
        EventLoop.spinUntil(() -> Files.exists(printed), 60_000, "the printer's file");
    }

    private static boolean enabled(String commandId) {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(commandId);
        return command.isDefined() && command.isEnabled();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
