package org.casenotes.ui.export;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks where an export goes and which printer prints, with the platform's save and print dialogs. Those dialogs are
 * native and cannot be driven by a test, so the export commands ask through this seam and tests {@linkplain #use put}
 * answers in its place; everything after the choice runs as it does for a clinician.
 */
public interface ExportDestinations {

    /**
     * @param shell         the parent window
     * @param title         what is saved, e.g. "Export Note as PDF"
     * @param suggestedName a file name to start from
     * @return the PDF to write, or empty if the clinician cancelled
     */
    Optional<Path> pdfFile(Shell shell, String title, String suggestedName);

    /**
     * @param shell         the parent window
     * @param title         what is saved, e.g. "Export Record"
     * @param suggestedName a file name to start from, with its extension
     * @param extension     the extension the dialog filters on, e.g. {@code json}
     * @param description   what such files are, e.g. "FHIR R4 bundle (JSON)"
     * @return the file to write, or empty if the clinician cancelled (by default, asked as {@link #pdfFile} is)
     */
    default Optional<Path> file(Shell shell, String title, String suggestedName, String extension,
            String description) {
        return pdfFile(shell, title, suggestedName);
    }

    /**
     * @param shell the parent window
     * @return the printer and its settings, or empty if the clinician cancelled
     */
    Optional<PrinterData> printer(Shell shell);

    /** @return the destinations the commands ask now */
    static ExportDestinations current() {
        return Holder.current;
    }

    /** @param destinations the answers to give instead of the dialogs (tests); {@code null} brings the dialogs back */
    static void use(ExportDestinations destinations) {
        Holder.current = destinations == null ? new PlatformDialogs() : destinations;
    }

    /** Holds the current destinations. */
    final class Holder {
        private static ExportDestinations current = new PlatformDialogs();

        private Holder() {
        }
    }

    /** The platform's save and print dialogs. */
    final class PlatformDialogs implements ExportDestinations {

        @Override
        public Optional<Path> pdfFile(Shell shell, String title, String suggestedName) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(title);
            dialog.setFileName(suggestedName);
            dialog.setFilterExtensions(new String[] { "*.pdf" });
            dialog.setFilterNames(new String[] { "PDF documents (*.pdf)" });
            dialog.setOverwrite(true);
            return Optional.ofNullable(dialog.open()).map(Path::of)
                    .map(path -> path.getFileName().toString().contains(".") ? path
                            : path.resolveSibling(path.getFileName() + ".pdf"));
        }

        @Override
        public Optional<Path> file(Shell shell, String title, String suggestedName, String extension,
                String description) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(title);
            dialog.setFileName(suggestedName);
            dialog.setFilterExtensions(new String[] { "*." + extension });
            dialog.setFilterNames(new String[] { description + " (*." + extension + ")" });
            dialog.setOverwrite(true);
            return Optional.ofNullable(dialog.open()).map(Path::of)
                    .map(path -> path.getFileName().toString().contains(".") ? path
                            : path.resolveSibling(path.getFileName() + "." + extension));
        }

        @Override
        public Optional<PrinterData> printer(Shell shell) {
            return Optional.ofNullable(new PrintDialog(shell, SWT.NONE).open());
        }
    }
}
