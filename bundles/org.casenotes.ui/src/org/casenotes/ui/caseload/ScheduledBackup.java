package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.casenotes.store.AutomaticBackups;
import org.casenotes.store.CaseloadLockedException;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.preferences.BackupSchedule;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Backs up the open caseload on the {@link BackupSchedule}: checked when a caseload opens, is switched to or is
 * unlocked, when the schedule is changed, and then every hour. A backup that is due is written by a background job (shown in the progress area,
 * never blocking typing) through {@link AutomaticBackups}. A failure goes to the error log and is shown once in a
 * {@link BackupNotice} (the same failure is not shown again until a backup succeeds); the backup stays due and is
 * tried again at the next check. The demo caseload is never backed up.
 */
public final class ScheduledBackup {

    /** The job family of automatic backups, for waiting on them. */
    public static final Object FAMILY = ScheduledBackup.class;

    private static final long CHECK_EVERY_MS = Duration.ofHours(1).toMillis();
    private static final long SHUTDOWN_WAIT_MILLIS = 30_000;

    private final CaseloadSession session;
    private final Display display;
    private final Clock clock;
    private String shownFailure;
    private Job running;

    private ScheduledBackup(CaseloadSession session, Display display, Clock clock) {
        this.session = session;
        this.display = display;
        this.clock = clock;
    }

    /** Starts checking for the workbench's session; called once, on the display thread. */
    static void watch(CaseloadSession session) {
        ScheduledBackup backup = new ScheduledBackup(session, Display.getCurrent(), Clock.systemUTC());
        session.whenOpen(opened -> backup.check());
        session.whenSwitched(switched -> backup.check());
        session.whenLockChanges(locked -> {
            if (!locked) {
                backup.check();
            }
        });
        backup.display.timerExec((int) CHECK_EVERY_MS, backup::hourly);
        InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE).addPreferenceChangeListener(change -> {
            if (change.getKey().startsWith(BackupSchedule.PREFIX) && !backup.display.isDisposed()) {
                backup.display.asyncExec(backup::check);
            }
        });
        PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench workbench, boolean forced) {
                backup.finishRunning();
                return true;
            }

            @Override
            public void postShutdown(IWorkbench workbench) {
                // the session closes the store
            }
        });
    }

    private void hourly() {
        if (display.isDisposed()) {
            return;
        }
        check();
        display.timerExec((int) CHECK_EVERY_MS, this::hourly);
    }

    /** Starts a backup in the background if automatic backups are on and one is due for the open caseload. */
    private void check() {
        CaseloadStore store = session.store();
        Optional<Path> caseload = session.location();
        BackupSchedule schedule = BackupSchedule.current();
        Optional<Path> folder = schedule.activeFolder();
        if (store == null || store.isLocked() || session.isDemo() || caseload.isEmpty() || folder.isEmpty()
                || (running != null && running.getState() != Job.NONE)) {
            return;
        }
        running = new BackupJob(store, new AutomaticBackups(folder.get(), caseload.get(), clock), schedule);
        running.schedule();
    }

    private void finishRunning() {
        if (running == null) {
            return;
        }
        try {
            running.join(SHUTDOWN_WAIT_MILLIS, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void succeeded() {
        shownFailure = null;
    }

    private void failed(CaseloadStore store, String message) {
        if (display.isDisposed() || store != session.store() || message.equals(shownFailure)) {
            return;
        }
        shownFailure = message;
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window != null) {
            BackupNotice.show(window.getShell(), message);
        }
    }

    /** Writes one automatic backup if it is due. */
    private final class BackupJob extends Job {

        private final CaseloadStore store;
        private final AutomaticBackups backups;
        private final BackupSchedule schedule;

        BackupJob(CaseloadStore store, AutomaticBackups backups, BackupSchedule schedule) {
            super("Automatic backup of the caseload");
            this.store = store;
            this.backups = backups;
            this.schedule = schedule;
            setPriority(Job.LONG);
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            monitor.beginTask("Backing up the caseload to " + backups.folder() + "\u2026", IProgressMonitor.UNKNOWN);
            try {
                if (backups.isDue(schedule.interval())) {
                    Path written = backups.writeFrom(store, schedule.keep());
                    ILog.of(ScheduledBackup.class).info("Automatic backup written to " + written);
                    display.asyncExec(ScheduledBackup.this::succeeded);
                }
            } catch (CaseloadLockedException e) {
                // locked while waiting: the backup is still due and is written after the unlock
            } catch (RuntimeException e) {
                String message = "The automatic backup to " + backups.folder() + " failed: " + e.getMessage()
                        + " It will be tried again within the hour; File > Back Up makes one now.";
                ILog.of(ScheduledBackup.class).error(message, e);
                if (!display.isDisposed()) {
                    display.asyncExec(() -> failed(store, message));
                }
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        }
    }
}
