package org.casenotes.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casenotes.export.ExportFailedException;
import org.casenotes.export.Exporters;
import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Export As...: writes the note of the active editor, or the letter the Note view shows, as stored, in an
 * installed format other than PDF (with org.casenotes.fhir: a FHIR R4 bundle of the note's answers, its form and its
 * client), asking which when several are installed, and records the export in the audit log. A draft note is refused
 * (only its PDF, marked DRAFT, carries a draft); a psychotherapy note never gets this far ({@link ActiveNote}).
 */
public final class ExportNoteAsHandler extends AbstractHandler {

    /** The title of this command's dialogs. */
    public static final String TITLE = "Export As";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            Exporters exporters = Exporters.contributed(RegistryFactory.getRegistry());
            List<String> formats = exporters.formats().stream().filter(format -> !Exporters.PDF.equals(format)
                    && !Exporters.JSON.equals(format)).toList();
            if (formats.isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, "No export format besides PDF is installed. Use File >"
                        + " Export as PDF... instead.");
                return null;
            }
            Optional<StoredDocument> document = StoredDocument.active(event, TITLE);
            Optional<String> format = document.isEmpty() ? Optional.empty() : choose(shell, formats, exporters);
            if (format.isPresent()) {
                write(shell, document.get(), format.get(), exporters.name(format.get()).orElse(format.get()));
            }
        } catch (ExportFailedException | CaseloadStoreException | IllegalArgumentException
                | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }

    private static Optional<String> choose(Shell shell, List<String> formats, Exporters exporters) {
        if (formats.size() == 1) {
            return Optional.of(formats.get(0));
        }
        ListDialog dialog = new ListDialog(shell);
        dialog.setTitle(TITLE);
        dialog.setMessage("Write it as:");
        dialog.setContentProvider(ArrayContentProvider.getInstance());
        dialog.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return exporters.name((String) element).orElse((String) element);
            }
        });
        dialog.setInput(formats);
        dialog.setInitialSelections(formats.get(0));
        if (dialog.open() != ListDialog.OK || dialog.getResult().length == 0) {
            return Optional.empty();
        }
        return Optional.of((String) dialog.getResult()[0]);
    }

    /** Asks for the file (a name that says JSON gets {@code .FORMAT.json}) and writes the document there. */
    private static void write(Shell shell, StoredDocument document, String format, String name) {
        String extension = name.contains("JSON") ? "json" : format;
        String base = document.suggestedFileName().replaceFirst("\\.pdf$", "");
        Optional<Path> target = ExportDestinations.current().file(shell, TITLE, base + "." + format
                + ("json".equals(extension) ? ".json" : ""), extension, name);
        if (target.isEmpty()) {
            return;
        }
        document.write(format, target.get());
        MessageDialog.openInformation(shell, TITLE, "The " + document.kind() + " was written to " + target.get()
                + " as " + name + ".\n\nThe audit trail records this export. The file holds client information: keep"
                + " it safe.");
    }
}
