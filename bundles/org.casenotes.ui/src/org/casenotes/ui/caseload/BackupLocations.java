package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks where a backup goes, which backup to restore and where to restore it, with the platform's file dialogs. Those
 * dialogs are native and cannot be driven by a test, so the workbench asks through this seam and tests
 * {@linkplain #use put} answers in its place; everything after the choice runs with real widgets.
 */
public interface BackupLocations {

    /** The file name extension of backups. */
    String EXTENSION = ".cnbackup";

    /**
     * @param shell         the parent window
     * @param suggestedName a file name to start from
     * @return the backup file to write, or empty if the clinician cancelled
     */
    Optional<Path> backupDestination(Shell shell, String suggestedName);

    /**
     * @param shell the parent window
     * @return the backup file to restore, or empty if the clinician cancelled
     */
    Optional<Path> backupToRestore(Shell shell);

    /**
     * @param shell the parent window
     * @return the folder to restore into (it must be new or empty), or empty if the clinician cancelled
     */
    Optional<Path> restoreFolder(Shell shell);

    /** @return the locations the commands ask now */
    static BackupLocations current() {
        return Holder.current;
    }

    /**
     * Puts {@code locations} in place of the file dialogs, e.g. for a test; {@code null} brings the dialogs back.
     *
     * @param locations the answers to give
     */
    static void use(BackupLocations locations) {
        Holder.current = locations == null ? new FileDialogs() : locations;
    }

    /** Holds the current locations. */
    final class Holder {
        private static BackupLocations current = new FileDialogs();

        private Holder() {
        }
    }

    /** The platform's file and folder dialogs. */
    final class FileDialogs implements BackupLocations {

        @Override
        public Optional<Path> backupDestination(Shell shell, String suggestedName) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText("Back Up Caseload");
            dialog.setFileName(suggestedName);
            dialog.setFilterExtensions(new String[] {"*" + EXTENSION, "*"});
            dialog.setOverwrite(true);
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }

        @Override
        public Optional<Path> backupToRestore(Shell shell) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Restore Caseload: Choose the Backup");
            dialog.setFilterExtensions(new String[] {"*" + EXTENSION, "*"});
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }

        @Override
        public Optional<Path> restoreFolder(Shell shell) {
            DirectoryDialog dialog = new DirectoryDialog(shell);
            dialog.setText("Restore Caseload: Choose a New or Empty Folder");
            dialog.setMessage("The backup is restored into this folder; it must be new or empty.");
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }
    }
}
