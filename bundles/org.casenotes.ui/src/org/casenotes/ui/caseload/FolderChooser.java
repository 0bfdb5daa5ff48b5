package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks the clinician for a folder: the desktop's own folder dialog. The caseload dialogs ask through
 * {@link #current()}, so a test can {@link #replaceWith answer} in its place (a native dialog cannot be driven by a
 * test).
 */
@FunctionalInterface
public interface FolderChooser {

    /**
     * @param shell   the dialog's parent
     * @param message what the folder is for
     * @param initial where to start looking; may not exist yet
     * @return the folder chosen, or empty if the clinician cancelled
     */
    Optional<Path> choose(Shell shell, String message, Path initial);

    /** The desktop's folder dialog. */
    FolderChooser NATIVE = (shell, message, initial) -> {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setMessage(message);
        Path start = initial;
        while (start != null && !start.toFile().isDirectory()) {
            start = start.getParent();
        }
        if (start != null) {
            dialog.setFilterPath(start.toString());
        }
        return Optional.ofNullable(dialog.open()).map(Path::of);
    };

    /** @return the chooser the caseload dialogs use: {@link #NATIVE} unless a test replaced it */
    static FolderChooser current() {
        return Choice.current;
    }

    /** @param chooser answers in place of the desktop's dialog (tests); {@link #NATIVE} to restore it */
    static void replaceWith(FolderChooser chooser) {
        Choice.current = Objects.requireNonNull(chooser, "chooser");
    }

    /** Holds the chooser in use (interfaces cannot have mutable fields of their own). */
    final class Choice {
        private static FolderChooser current = NATIVE;

        private Choice() {
        }
    }
}
