package org.casenotes.ui.export;

import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.export.ExportFailedException;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Letter;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves a stored note or letter as a PDF the clinician places, or prints it on the printer they choose (both asked
 * through {@link ExportDestinations}), tells them the outcome and records it in the audit log. File &gt; Export as
 * PDF..., File &gt; Print... and the New Letter wizard's last step all go through here.
 */
public final class DocumentOutput {

    /** The title of the dialogs of saving a letter as PDF. */
    public static final String LETTER_PDF_TITLE = "Export Letter as PDF";
    /** The title of the dialogs of printing a letter. */
    public static final String LETTER_PRINT_TITLE = "Print Letter";

    private DocumentOutput() {
    }

    /** Saves a signed letter of the open caseload as PDF, asking where. */
    public static void savePdf(Shell shell, Client client, Letter letter) {
        savePdf(shell, LETTER_PDF_TITLE, new StoredLetter(client, letter, StoredDocument.exportOf(Workplace.store())));
    }

    /** Prints a signed letter of the open caseload, asking on which printer. */
    public static void print(Shell shell, Client client, Letter letter) {
        print(shell, LETTER_PRINT_TITLE, new StoredLetter(client, letter, StoredDocument.exportOf(Workplace.store())));
    }

    static void savePdf(Shell shell, String title, StoredDocument document) {
        try {
            Optional<Path> target = ExportDestinations.current().pdfFile(shell, title, document.suggestedFileName());
            if (target.isEmpty()) {
                return;
            }
            document.writePdf(target.get());
            MessageDialog.openInformation(shell, title, "The " + document.kind() + " was written to " + target.get()
                    + ".\n\nThe audit trail records this export. The file holds client information: keep it safe.");
        } catch (ExportFailedException | CaseloadStoreException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
    }

    static void print(Shell shell, String title, StoredDocument document) {
        try {
            Optional<PrinterData> printer = ExportDestinations.current().printer(shell);
            if (printer.isEmpty()) {
                return;
            }
            int pages = new NotePrinter(printer.get()).print(document);
            document.export().audit().notePrinted(document.id(), printer.get().name, pages);
        } catch (CaseloadStoreException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, title, e.getMessage());
        }
    }
}
