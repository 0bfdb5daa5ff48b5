package org.casenotes.ui.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Restore...: checks a backup and restores it into a new or empty folder the clinician chooses. It never
 * replaces a caseload, so the open one cannot be overwritten by mistake: the restored copy is put beside it, checked
 * (checksum, passphrase, audit trail up to the end the backup recorded, every record) before it appears. The restored
 * caseload joins the recent list (File &gt; Open Caseload), and the clinician is offered to open it at once.
 */
public final class RestoreHandler extends AbstractHandler {

    /** The title of the dialogs of this command. */
    public static final String TITLE = "Restore Caseload";
    /** What the clinician is asked once the backup is restored. */
    public static final String OPEN_QUESTION = "Open the restored caseload now, in place of the one you are working in?";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        Optional<Path> backup = BackupLocations.current().backupToRestore(shell);
        if (backup.isEmpty()) {
            return null;
        }
        Optional<Path> folder = BackupLocations.current().restoreFolder(shell);
        if (folder.isEmpty()) {
            return null;
        }
        if (!isNewOrEmpty(folder.get())) {
            MessageDialog.openError(shell, TITLE, folder.get() + " is not empty. Choose a new or empty folder:"
                    + " restoring never replaces a caseload or anything else.");
            return null;
        }
        String error = null;
        while (true) {
            UnlockDialog passphrase = new UnlockDialog(shell, TITLE, "The backup " + backup.get().getFileName()
                    + " is encrypted under the passphrase the caseload had when it was backed up. Enter it to check"
                    + " the backup and restore it into " + folder.get() + ".", error);
            if (passphrase.open() != Window.OK) {
                return null;
            }
            try {
                String actor = actor();
                CaseloadStore restored = LongStoreWork.run(shell, "Checking and restoring the backup",
                        () -> EmbeddedCaseloads.factory().restore(backup.get(), passphrase.passphrase(), folder.get(),
                                actor));
                KnownCaseload known = new KnownCaseload(folder.get(), "", "", "");
                RecentCaseloads.ofWorkbench().remember(known);
                boolean open = MessageDialog.openQuestion(shell, TITLE, "The backup " + backup.get() + " was checked"
                        + " and restored into " + folder.get() + ".\n\nIts audit trail reaches the end the backup"
                        + " recorded and every record matches the content its audit entry sealed. The caseload you"
                        + " are working in was not changed; the restored one is on the list of File > Open"
                        + " Caseload.\n\n" + OPEN_QUESTION);
                if (open) {
                    CaseloadSwitch.to(HandlerUtil.getActiveWorkbenchWindow(event), restored, false, known);
                } else {
                    restored.close();
                }
                return null;
            } catch (WrongPassphraseException e) {
                error = "That passphrase does not unlock this backup. Try again.";
            } catch (CaseloadStoreException e) {
                MessageDialog.openError(shell, TITLE, "The backup was not restored: " + e.getMessage()
                        + "\n\nNothing was written to " + folder.get() + ".");
                return null;
            }
        }
    }

    /** The clinician, as when opening one's own caseload: the restored copy may be opened and worked in. */
    private static String actor() {
        return CasenotesPreferences.profile().id();
    }

    private static boolean isNewOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
