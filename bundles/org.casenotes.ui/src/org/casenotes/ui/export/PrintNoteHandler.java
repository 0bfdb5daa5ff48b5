package org.casenotes.ui.export;

import java.util.Optional;

import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Print...: prints the note of the active editor, as stored and laid out as its PDF, on the printer the
 * clinician chooses in the platform's print dialog, and records the print in the audit log.
 */
public final class PrintNoteHandler extends AbstractHandler {

    /** The title of this command's dialogs. */
    public static final String TITLE = "Print Note";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            Optional<ActiveNote> active = ActiveNote.of(event, TITLE);
            if (active.isEmpty()) {
                return null;
            }
            Optional<PrinterData> printer = ExportDestinations.current().printer(shell);
            if (printer.isEmpty()) {
                return null;
            }
            int pages = new NotePrinter(printer.get()).print(active.get());
            active.get().export().audit().notePrinted(active.get().note().getId(), printer.get().name, pages);
        } catch (CaseloadStoreException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }
}
