package org.casenotes.ui.export;

import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Print...: prints the note of the active editor, or the letter the active Note view shows, as stored and
 * laid out as its PDF, on the printer the clinician chooses in the platform's print dialog, and records the print in
 * the audit log.
 */
public final class PrintNoteHandler extends AbstractHandler {

    /** The title of this command's dialogs for a note. */
    public static final String TITLE = "Print Note";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            StoredDocument.active(event, TITLE).ifPresent(document -> DocumentOutput.print(shell,
                    document instanceof StoredLetter ? DocumentOutput.LETTER_PRINT_TITLE : TITLE, document));
        } catch (CaseloadStoreException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }
}
