package org.casenotes.ui.caseload;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
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
import org.eclipse.swt.widgets.Shell;
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
    /** The kept drafts (and what became of them) already told of: each is told once, not at every check. */
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    private ServerWatch(AgencySession session, Display display) {
        this.session = session;
        this.display = display;
        this.job = Job.createSystem("Checking the agency server", this::check);
    }

    /**
     * Starts watching {@code session}, the caseload just opened, in place of any session watched before.
     *
     * @param told what became of the kept drafts the sign-in already told the clinician of (not told again)
     */
    static synchronized void start(AgencySession session, Display display, List<KeptDraftSave> told) {
        stop();
        current = new ServerWatch(session, display);
        told.forEach(current::notToldYet);
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
                        .filter(save -> save.outcome() != KeptDraftSave.Outcome.SAVED)
                        .filter(this::notToldYet).toList();
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
        Shell shell = window == null ? null : window.getShell();
        List<KeptDraftSave> others = notSaved.stream()
                .filter(save -> save.outcome() != KeptDraftSave.Outcome.SIGNED_MEANWHILE).toList();
        if (!others.isEmpty()) {
            MessageDialog.openWarning(shell, TITLE, "The agency server can be reached again, and the drafts kept on"
                    + " this computer were sent to it. Not all could simply be saved:\n\n" + others.stream()
                            .map(save -> line(session, save)).collect(Collectors.joining("\n")));
        }
        askAboutSignedMeanwhile(shell, session, notSaved);
    }

    /** Shows each kept draft whose note was signed meanwhile, and discards it if the clinician says so. */
    static void askAboutSignedMeanwhile(Shell shell, AgencySession session, List<KeptDraftSave> saves) {
        saves.stream().filter(save -> save.outcome() == KeptDraftSave.Outcome.SIGNED_MEANWHILE)
                .forEach(save -> SignedMeanwhile.ask(shell, session, save));
    }

    private boolean notToldYet(KeptDraftSave save) {
        return told.add(save.draft().getId() + " " + save.outcome());
    }

    static String line(AgencySession session, KeptDraftSave save) {
        String what = "\u2022 " + named(session, save.draft()) + ": ";
        return what + switch (save.outcome()) {
        case SAVED -> "saved.";
        case TO_MERGE -> save.reason().split("\\. Your version")[0] + ". Your kept text is its working copy: open"
                + " the note to merge it.";
        case NOT_SAVED -> "not saved (" + save.reason() + "); it stays on this computer.";
        case SIGNED_MEANWHILE -> "signed meanwhile, so your kept changes could not go into it; they stay on this"
                + " computer until you discard them.";
        };
    }

    /** @return a kept note as a clinician names it, e.g. "SOAP progress note of 7 Dec 2026 for Ada Byrne (C-1)" */
    static String named(AgencySession session, Note note) {
        String client = clientOf(session, note).map(known -> known.getLegalName() + " (" + known.getId() + ")")
                .orElse("client " + note.getClientId());
        return TemplateTitles.of(note.getTemplateId()) + " of " + Labels.day(note.getDateOfService()) + " for "
                + client;
    }

    /** @return the client of a kept note, as the server has it; empty if the server cannot say */
    static Optional<Client> clientOf(AgencySession session, Note note) {
        try {
            return session.store().loadClient(note.getClientId());
        } catch (CaseloadStoreException e) {
            return Optional.empty();
        }
    }
}
