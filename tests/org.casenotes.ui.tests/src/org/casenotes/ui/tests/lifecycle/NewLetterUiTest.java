package org.casenotes.ui.tests.lifecycle;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.NoteView;
import org.casenotes.ui.export.DocumentOutput;
import org.casenotes.ui.export.ExportDestinations;
import org.casenotes.ui.letters.LetterFieldsPage;
import org.casenotes.ui.letters.NewLetterHandler;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Note &gt; New Letter... on the demo caseload with real widgets: the client in view is chosen, the letter's own
 * fields and what the record lacks (the clinician's phone) are asked, Next stays disabled and says what is missing
 * until it is given, a harder word in the body is flagged live and keeps the letter from being signed, Finish signs
 * it into the client's timeline, and the letter is saved as PDF at once and again with File &gt; Export as PDF...;
 * the PDFs are read back.
 */
class NewLetterUiTest {

    private static final String TEMPLATE = "Discharge letter: referral to another provider";
    private static final String PROVIDER = "Seacoast Family Services";
    private static final String REASON = "They offer evening groups close to your work.";

    private final ChosenDestinations chosen = new ChosenDestinations();
    private Path folder;

    @BeforeEach
    void saveFilesInATemporaryFolder() throws IOException {
        folder = Files.createTempDirectory("casenotes-letter");
        ExportDestinations.use(chosen);
    }

    @AfterEach
    void bringTheDialogsBack() {
        ExportDestinations.use(null);
        Workbench.activateWindow();
    }

    @Test
    void aLetterIsWrittenFromTheRecordAskedForWhatIsMissingSignedAndSavedAsPdf() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        String clientId = store.listClients().get(4).id();
        ClientOverviewView overview = (ClientOverviewView) page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        overview.show(clientId);
        EventLoop.spinUntil(() -> clientId.equals(overview.shownClientId()), 60_000, "the overview to show the client");
        page().activate(overview);
        int lettersBefore = store.loadClientDetails(clientId).orElseThrow().getLetters().size();
        String signer = CasenotesPreferences.profile().name();

        String[] askedWhileMissing = new String[1];
        boolean[] nextWhileMissing = new boolean[1];
        String[] flagged = new String[1];
        boolean[] finishWhileFlagged = new boolean[1];
        chosen.file = folder.resolve("at-once.pdf");
        Dialogs.Awaited saved = Dialogs.answer(DocumentOutput.LETTER_PDF_TITLE, Dialogs.pressing("OK"));
        Dialogs.Awaited signed = Dialogs.answer(NewLetterHandler.SIGNED_TITLE, Dialogs.pressing("Save as PDF..."));
        Dialogs.Awaited wizard = Dialogs.answer("New Letter", dialog -> {
            WizardDialog container = (WizardDialog) dialog.getData();
            assertTrue(WidgetFinder.all(dialog, Combo.class).get(0).getText().endsWith("(" + clientId + ")"),
                    "the client in view is chosen");
            Workbench.choose(Workbench.labelled(dialog, "Letter", Combo.class), TEMPLATE);
            Dialogs.press(dialog, "Next >");
            EventLoop.spin();

            NoteEditorWidgets.type(answerBox(dialog, "newProvider"), PROVIDER);
            NoteEditorWidgets.type(answerBox(dialog, "newProviderContact"), "603-555-0177");
            NoteEditorWidgets.type(answerBox(dialog, "referralReason"), REASON);
            askedWhileMissing[0] = container.getCurrentPage().getMessage();
            nextWhileMissing[0] = button(dialog, "Next >").isEnabled();
            NoteEditorWidgets.type(answerBox(dialog, "clinician.phone"), "603-555-0101");
            EventLoop.spin();
            screenshot(dialog, "new-letter-1-asked.png");
            Dialogs.press(dialog, "Next >");
            EventLoop.spin();

            Text body = WidgetFinder.all(dialog, Text.class).stream()
                    .filter(text -> text.isVisible() && (text.getStyle() & SWT.MULTI) != 0
                            && text.getText().contains(PROVIDER)).findFirst().orElseThrow();
            String merged = body.getText();
            body.setSelection(body.getText().indexOf(REASON));
            body.insert("We can assist with the move. ");
            EventLoop.spin();
            flagged[0] = String.join("\n", WidgetFinder.all(dialog, org.eclipse.swt.widgets.List.class).get(0)
                    .getItems());
            finishWhileFlagged[0] = button(dialog, "Finish").isEnabled();
            body.setText(merged.replace(REASON, REASON + " We can help with the move."));
            EventLoop.spin();
            screenshot(dialog, "new-letter-2-body.png");
            Dialogs.press(dialog, "Finish");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newLetter");

        assertTrue(wizard.shown(), "the New Letter wizard was shown");
        assertEquals("Still needed: Your phone number.", askedWhileMissing[0],
                "what the record lacks is asked for, by its label");
        assertFalse(nextWhileMissing[0], "the letter cannot go on without it");
        assertTrue(flagged[0].contains("ERROR “assist”"), "the harder word is flagged live: " + flagged[0]);
        assertFalse(finishWhileFlagged[0], "a letter with a wording error is not signed");
        assertTrue(signed.shown(), "signing offers the PDF and print at once");

        Client client = store.loadClientDetails(clientId).orElseThrow();
        assertEquals(lettersBefore + 1, client.getLetters().size(), "one letter is kept in the record");
        Letter letter = client.getLetters().get(client.getLetters().size() - 1);
        assertTrue(letter.getText().contains("We can help with the move."), "the edited text is what was signed");
        assertEquals(signer, letter.getSignature().getSignerName());
        List<String> timeline = overview.timelineRows();
        assertTrue(timeline.stream().anyMatch(row -> row.contains("| Letter | Discharge letter: referral to another provider |")
                && row.contains("signed")), "the timeline shows the signed letter: " + timeline);
        NoteView view = (NoteView) page().findView(CaseloadUi.NOTE_VIEW);
        assertEquals(letter.getId(), view.shownLetter().orElseThrow().letter().getId(), "the Note view shows it");

        assertTrue(saved.text().startsWith("The letter was written to " + chosen.file), saved.text());
        assertLetterPdf(chosen.file, letter, signer);
        assertTrue(chosen.suggestedNames.get(0).matches(clientId + "-\\d{4}-\\d{2}-\\d{2}-letter.pdf"),
                "no name in the suggested file name: " + chosen.suggestedNames);

        chosen.file = folder.resolve("from-file-menu.pdf");
        page().activate(view);
        Dialogs.Awaited again = Dialogs.answer(DocumentOutput.LETTER_PDF_TITLE, Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.export.notePdf");
        assertTrue(again.shown(), "File > Export as PDF... takes the letter the Note view shows");
        assertLetterPdf(chosen.file, letter, signer);
        List<AuditAction> audited = store.auditLog().entriesFor(RecordKind.NOTE, letter.getId()).stream()
                .map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.SIGN, AuditAction.EXPORT, AuditAction.EXPORT), audited);
    }

    private static void assertLetterPdf(Path pdf, Letter letter, String signer) throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("continue with " + PROVIDER + "."), text);
        assertTrue(text.contains("call me at 603-555-0101"), "the asked phone is merged: " + text);
        assertTrue(text.contains("We can help with the move."), text);
        assertFalse(text.contains("{") || text.contains("}"), "no merge field left: " + text);
        assertTrue(text.contains("Signed by " + signer), "the signature block: " + text);
        assertTrue(text.contains(letter.getSignature().getContentHash()), "the content hash");
    }

    private static Text answerBox(Shell dialog, String field) {
        return WidgetFinder.all(dialog, Text.class).stream()
                .filter(text -> field.equals(text.getData(LetterFieldsPage.FIELD_KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("the wizard does not ask for " + field));
    }

    private static Button button(Shell dialog, String label) {
        return WidgetFinder.all(dialog, Button.class).stream()
                .filter(button -> button.getText().replace("&", "").equals(label)).findFirst().orElseThrow();
    }

    private static void screenshot(Shell dialog, String name) {
        try {
            Screenshots.save(dialog, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
