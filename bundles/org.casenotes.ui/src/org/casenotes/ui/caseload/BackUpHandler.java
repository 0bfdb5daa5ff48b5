package org.casenotes.ui.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Back Up...: writes the open caseload (psychotherapy notes and audit log included) to one file encrypted
 * under its passphrase, while the clinician keeps working, and records the backup in the audit log.
 */
public final class BackUpHandler extends AbstractHandler {

    /** The title of the dialogs of this command. */
    public static final String TITLE = "Back Up Caseload";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        CaseloadStore store = OpenCaseload.orSay(shell, TITLE);
        if (store == null) {
            return null;
        }
        Optional<Path> chosen = BackupLocations.current().backupDestination(shell,
                "caseload-" + LocalDate.now() + BackupLocations.EXTENSION);
        if (chosen.isEmpty()) {
            return null;
        }
        Path backup = chosen.get();
        if (Files.exists(backup) && !MessageDialog.openQuestion(shell, TITLE, backup + " already exists. Replace it"
                + " with a new backup?")) {
            return null;
        }
        try {
            long entry = LongStoreWork.run(shell, "Backing up the caseload", () -> {
                store.backupTo(backup);
                return store.auditLog().size();
            });
            MessageDialog.openInformation(shell, TITLE, "The caseload was backed up to " + backup + " ("
                    + size(backup) + ").\n\nThe backup is encrypted under the caseload's passphrase and holds the"
                    + " audit trail up to this backup (entry #" + entry + " records it). Keep it somewhere safe,"
                    + " away from this computer.");
        } catch (CaseloadStoreException e) {
            MessageDialog.openError(shell, TITLE, "The caseload could not be backed up: " + e.getMessage());
        }
        return null;
    }

    private static String size(Path file) {
        try {
            return String.format("%,d KB", Math.max(1, Files.size(file) / 1024));
        } catch (IOException e) {
            return "size unknown";
        }
    }
}
