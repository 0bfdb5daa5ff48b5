package org.casenotes.ui.export;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.casenotes.ui.charts.ChartImages;
import org.casenotes.export.ExportCancelledException;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportProgress;
import org.casenotes.export.Exporters;
import org.casenotes.export.RecordExport;
import org.casenotes.export.RecordsRequest;
import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.record.ClientRecordTarget;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Export Record...: answers a records request for the client the overview shows. The clinician chooses
 * the period and kinds ({@link ExportRecordDialog}) and the PDF file; the export runs off the display thread under a
 * progress dialog that can cancel it; a failure or a cancellation leaves no file. The result says what was written
 * where; the audit log records it.
 */
public final class ExportRecordHandler extends AbstractHandler {

    /** The title of this command's dialogs. */
    public static final String TITLE = ExportRecordDialog.TITLE;

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> client = ClientRecordTarget.shownClientRecord(
                    HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), store, shell, TITLE);
            if (client.isEmpty()) {
                return null;
            }
            Exporters exporters = Exporters.contributed(RegistryFactory.getRegistry());
            ExportRecordDialog dialog = new ExportRecordDialog(shell, client.get(), otherFormats(exporters));
            if (dialog.open() != Window.OK || dialog.request().isEmpty()) {
                return null;
            }
            RecordExport export = new RecordExport(store, NoteForms.installed()::form, exporters,
                    Clock.systemDefaultZone(), new ChartImages(shell.getDisplay()));
            if (!ExportRecordDialog.PDF_WITH_JSON.equals(dialog.format())) {
                exportAs(shell, export, exporters, dialog.format(), dialog.request().get(), client.get());
                return null;
            }
            Optional<Path> pdf = ExportDestinations.current().pdfFile(shell, TITLE,
                    client.get().getId() + "-record-" + LocalDate.now() + ".pdf");
            if (pdf.isEmpty()) {
                return null;
            }
            RecordExport.Written written = run(shell, export, dialog.request().get(), pdf.get());
            if (written != null) {
                MessageDialog.openInformation(shell, TITLE, written.documents() + " documents of "
                        + client.get().getLegalName() + " were written to " + written.pdf() + ", with the "
                        + "machine-readable " + written.json().getFileName() + " beside it.\n\nPsychotherapy notes "
                        + "were not included. The audit trail records this export.");
            }
        } catch (ExportFailedException | CaseloadStoreException | IllegalStateException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }

    /** The installed formats other than the PDF and the JSON that goes beside it (e.g. the FHIR bundle). */
    private static List<ExportRecordDialog.Format> otherFormats(Exporters exporters) {
        return exporters.formats().stream().filter(format -> !Exporters.PDF.equals(format)
                && !Exporters.JSON.equals(format)).map(format -> new ExportRecordDialog.Format(format,
                        exporters.name(format).orElse(format))).toList();
    }

    /** The record in one file of another format; a name that says JSON gets the extension .json. */
    private static void exportAs(Shell shell, RecordExport export, Exporters exporters, String format,
            RecordsRequest request, Client client) {
        String name = exporters.name(format).orElse(format);
        String extension = name.contains("JSON") ? "json" : format;
        Optional<Path> file = ExportDestinations.current().file(shell, TITLE, client.getId() + "-record-"
                + LocalDate.now() + "." + format + ("json".equals(extension) ? ".json" : ""), extension, name);
        if (file.isEmpty()) {
            return;
        }
        RecordExport.Written written = run(shell, monitor -> export.write(format, request, file.get(),
                new MonitorProgress(monitor)));
        if (written != null) {
            MessageDialog.openInformation(shell, TITLE, written.documents() + " documents of "
                    + client.getLegalName() + " were written to " + written.pdf() + " as " + name
                    + ".\n\nPsychotherapy notes were not included. The audit trail records this export.");
        }
    }

    private static RecordExport.Written run(Shell shell, RecordExport export, RecordsRequest request, Path pdf) {
        return run(shell, monitor -> export.write(request, pdf, new MonitorProgress(monitor)));
    }

    private static RecordExport.Written run(Shell shell,
            java.util.function.Function<IProgressMonitor, RecordExport.Written> writing) {
        AtomicReference<RecordExport.Written> written = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> written.set(writing.apply(monitor)));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ExportCancelledException cancelled) {
                MessageDialog.openInformation(shell, TITLE, cancelled.getMessage());
                return null;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The export failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return written.get();
    }

    /** An export's progress in a progress dialog, whose Cancel button cancels it. */
    private record MonitorProgress(IProgressMonitor monitor) implements ExportProgress {

        @Override
        public void begin(String step, int documents) {
            monitor.beginTask(step + "\u2026", documents);
        }

        @Override
        public void documentWritten() {
            monitor.worked(1);
        }

        @Override
        public boolean isCancelled() {
            return monitor.isCanceled();
        }
    }
}
