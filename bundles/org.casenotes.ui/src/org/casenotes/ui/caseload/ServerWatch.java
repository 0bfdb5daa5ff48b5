package org.casenotes.ui.caseload;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDraftSave;
import org.casenotes.ui.forms.NoteEditors;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Watches whether the open agency server answers, in the background, and says so at the top of every open note
 * editor while it does not ({@link #NOTICE}, and in full in the status line, {@link #STATUS}). Once it answers again, the drafts kept on this computer meanwhile are
 * saved to it ({@link AgencySession#saveKeptDrafts()}); a draft someone else's change turned into a working copy to
 * merge, or one that could not be saved, is said in a dialog. Checks every half minute, and at once after a save
 * found the server out of reach.
 */
public final class ServerWatch {

    /** What the note editors say in their heading while the server cannot be reached (short: the heading clips). */
    public static final String NOTICE = "Agency server unreachable: your draft is kept here, encrypted";

    /** What the status line says, in full, while a note editor is active and the server cannot be reached. */
    public static final String STATUS = "The agency server cannot be reached. Saving keeps your draft on this"
            + " computer, encrypted, until it can be reached; signing waits for the server.";

    /** The title of the dialog about kept drafts that were not simply saved. */
    public static final String TITLE = "Drafts Kept on This Computer";

    private static Duration period = Duration.ofSeconds(30);
    private static ServerWatch current;

    private final AgencySession session;
    private final Display display;
    private final Job job;
    private volatile boolean unreachable;
    private volatile boolean stopped;

    private ServerWatch(AgencySession session, Display display) {
        this.session = session;
        this.display = display;
        this.job = Job.createSystem("Checking the agency server", this::check);
    }

    /** Starts watching {@code session}, the caseload just opened, in place of any session watched before. */
    static synchronized void start(AgencySession session, Display display) {
        stop();
        current = new ServerWatch(session, display);
        current.job.schedule(period.toMillis());
    }

    /** Stops watching. */
    static synchronized void stop() {
        if (current != null) {
            current.stopped = true;
            current.job.cancel();
            current = null;
        }
    }

    /**
     * Checks every {@code every} from now on (tests shorten it).
     *
     * @param every the period
     */
    public static synchronized void checkEvery(Duration every) {
        period = every;
        if (current != null) {
            current.job.cancel();
            current.job.schedule(0);
        }
    }

    /** @return whether the watched server was found out of reach at the last check or save */
    public static synchronized boolean isUnreachable() {
        return current != null && current.unreachable;
    }

    /** Tells the watch that a save found {@code session}'s server out of reach: said at once, checked again soon. */
    public static synchronized void unreachable(AgencySession session) {
        if (current != null && current.session == session) {
            current.found(false);
        }
    }

    /** Tells the watch that a save reached {@code session}'s server. */
    public static synchronized void reached(AgencySession session) {
        if (current != null && current.session == session && current.unreachable) {
            current.job.cancel();
            current.job.schedule(0);
        }
    }

    private IStatus check(IProgressMonitor monitor) {
        if (stopped) {
            return Status.CANCEL_STATUS;
        }
        try {
            if (!session.store().isLocked()) {
                boolean answers = session.isReachable();
                List<KeptDraftSave> saves = answers ? session.saveKeptDrafts() : List.of();
                found(answers);
                List<KeptDraftSave> notSaved = saves.stream()
                        .filter(save -> save.outcome() != KeptDraftSave.Outcome.SAVED).toList();
                if (!notSaved.isEmpty()) {
                    display.asyncExec(() -> tell(notSaved));
                }
            }
        } catch (CaseloadStoreException e) {
            // the server went away again between the check and the saves: what is kept stays kept
            found(false);
        } catch (RuntimeException e) {
            ILog.of(ServerWatch.class).error("Checking the agency server failed", e);
        }
        if (!stopped) {
            job.schedule(unreachable ? Math.min(period.toMillis(), 10_000) : period.toMillis());
        }
        return Status.OK_STATUS;
    }

    private void found(boolean answers) {
        unreachable = !answers;
        if (!display.isDisposed()) {
            display.asyncExec(this::showNotice);
        }
    }

    /** Shows or clears {@link #NOTICE} in every open note editor. */
    private void showNotice() {
        if (stopped || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    var editor = reference.getEditor(false);
                    if (editor != null && NoteEditors.showNotice(editor, unreachable ? NOTICE : null)) {
                        editor.getEditorSite().getActionBars().getStatusLineManager()
                                .setErrorMessage(unreachable ? STATUS : null);
                    }
                }
            }
        }
    }

    private void tell(List<KeptDraftSave> notSaved) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        MessageDialog.openWarning(window == null ? null : window.getShell(), TITLE,
                "The agency server can be reached again, and the drafts kept on this computer were sent to it."
                        + " Not all could simply be saved:\n\n" + notSaved.stream().map(ServerWatch::line)
                                .collect(Collectors.joining("\n")));
    }

    static String line(KeptDraftSave save) {
        String what = "\u2022 Note " + save.draft().getId() + " of client " + save.draft().getClientId() + ": ";
        return what + switch (save.outcome()) {
        case SAVED -> "saved.";
        case TO_MERGE -> save.reason().split("\\. Your version")[0] + ". Your kept text is its working copy: open"
                + " the note to merge it.";
        case NOT_SAVED -> "not saved (" + save.reason() + "); it stays on this computer.";
        };
    }
}
