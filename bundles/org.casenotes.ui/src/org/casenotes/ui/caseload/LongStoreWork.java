package org.casenotes.ui.caseload;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.casenotes.store.CaseloadStoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Runs store work that may take a while (a backup, a restore, a verification reading every record) off the display
 * thread under a progress dialog, so the window keeps painting; the clinician sees what is being done.
 */
final class LongStoreWork {

    private LongStoreWork() {
    }

    /**
     * @param <T>   the work's result
     * @param shell the parent window
     * @param task  what is being done, e.g. "Verifying the audit trail"
     * @param work  the work (runs on another thread)
     * @return its result
     * @throws CaseloadStoreException what the store threw, with its message for the clinician
     */
    static <T> T run(Shell shell, String task, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(shell).run(true, false, (IProgressMonitor monitor) -> {
                monitor.beginTask(task + "\u2026", IProgressMonitor.UNKNOWN);
                try {
                    result.set(work.get());
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof CaseloadStoreException failure) {
                throw failure;
            }
            throw new CaseloadStoreException(task + " failed unexpectedly: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaseloadStoreException(task + " was interrupted.", e);
        }
        return result.get();
    }
}
