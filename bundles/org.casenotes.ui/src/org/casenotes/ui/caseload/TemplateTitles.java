package org.casenotes.ui.caseload;

import org.casenotes.ui.lifecycle.NoteForms;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

/**
 * A template as the clinician reads it wherever one is named (the client's timeline, the Note view): its title, e.g.
 * "BIRP progress note", never its id ("std.progress.BirpNote", once shown as "Birp note"). Titles come from the
 * installed and the agency's published templates; only a template that is installed nowhere is named from its id.
 */
public final class TemplateTitles {

    /** How long after the window opens the templates are compiled in the background, out of the start's way. */
    private static final long WARM_UP_DELAY_MS = 3_000;
    /** How long quitting waits for a warm-up that has started compiling (it takes a second or two). */
    private static final long SHUTDOWN_WAIT_MS = 15_000;

    private TemplateTitles() {
    }

    /** @return the title of the template {@code templateId} */
    public static String of(String templateId) {
        return NoteForms.installed().latest(templateId).map(NoteForms::title)
                .orElseGet(() -> Labels.template(templateId));
    }

    /**
     * Compiles the installed templates in the background soon after the start, so that the first client shown (and
     * the first note opened) does not wait for them.
     */
    public static void warmUp() {
        Job job = new Job("Reading the note templates") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                if (monitor.isCanceled() || !PlatformUI.isWorkbenchRunning() || PlatformUI.getWorkbench().isClosing()) {
                    return Status.CANCEL_STATUS; // quit within the delay: nothing to warm up for
                }
                NoteForms.installed();
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setPriority(Job.DECORATE);
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                if (!job.cancel()) {
                    // already compiling: the platform must not stop under it (it cannot be interrupted midway)
                    try {
                        job.join(SHUTDOWN_WAIT_MS, null);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                // cancelled before
            }
        });
        job.schedule(WARM_UP_DELAY_MS);
    }
}
