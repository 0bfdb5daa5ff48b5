package org.casenotes.ui.caseload;

import java.time.Duration;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.IdleLock;
import org.casenotes.store.WrongPassphraseException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Wires the store's {@link IdleLock} into the workbench: every key or mouse event anywhere in the display counts
 * as activity; a display timer locks the caseload ({@link CaseloadSession#lock()}) once the idle time has passed.
 * While it is locked, the first key press or mouse click is swallowed and the {@link UnlockDialog} asks for the
 * passphrase instead (cancelling leaves it locked until the next input). The same dialog, saying why, opens the
 * caseload again after its store closed it because a save could not be written to its disk. Runs on the display
 * thread.
 */
final class IdleWatch {

    private static final int[] INPUT_EVENTS = {SWT.KeyDown, SWT.MouseDown, SWT.MouseWheel, SWT.MouseMove};

    private final Display display;
    private final CaseloadSession session;
    private final IdleLock idle;
    private final int checkMillis;
    private final Listener input = this::input;
    private final Runnable check = this::check;
    private boolean prompting;
    private boolean stopped;

    private IdleWatch(Display display, CaseloadSession session, IdleLock idle, int checkMillis) {
        this.display = display;
        this.session = session;
        this.idle = idle;
        this.checkMillis = checkMillis;
    }

    /**
     * @param display    the workbench display
     * @param session    the session whose caseload locks
     * @param idle       the idle lock over its store
     * @param checkEvery how often the timer checks for idleness
     * @return the running watch
     */
    static IdleWatch start(Display display, CaseloadSession session, IdleLock idle, Duration checkEvery) {
        IdleWatch watch = new IdleWatch(display, session, idle, (int) Math.max(1, checkEvery.toMillis()));
        for (int type : INPUT_EVENTS) {
            display.addFilter(type, watch.input);
        }
        display.timerExec(watch.checkMillis, watch.check);
        return watch;
    }

    /** Stops watching (the caseload stays as it is). */
    void stop() {
        stopped = true;
        if (!display.isDisposed()) {
            for (int type : INPUT_EVENTS) {
                display.removeFilter(type, input);
            }
            display.timerExec(-1, check);
        }
    }

    private void input(Event event) {
        if (prompting) {
            return;
        }
        if (!session.isLocked()) {
            idle.activity();
            return;
        }
        if (event.type == SWT.MouseMove) {
            return;
        }
        event.doit = false;
        event.type = SWT.None;
        prompting = true;
        display.asyncExec(this::promptUnlock);
    }

    private void check() {
        if (stopped || display.isDisposed()) {
            return;
        }
        if (!session.isLocked() && idle.remaining().isZero()) {
            session.lock();
        }
        display.timerExec(checkMillis, check);
    }

    private void promptUnlock() {
        try {
            String error = null;
            while (!stopped && session.isLocked()) {
                Shell shell = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
                boolean server = session.agency().isPresent();
                String why = session.isClosedByTheStore() ? UnlockDialog.closedAfterFailedSave(session.name())
                        : server ? UnlockDialog.signedOutWhileIdle(session.name())
                        : UnlockDialog.lockedWhileIdle(session.name());
                UnlockDialog dialog = new UnlockDialog(shell, why, error);
                if (dialog.open() != Window.OK) {
                    return;
                }
                try {
                    session.unlock(dialog.passphrase());
                } catch (WrongPassphraseException e) {
                    error = session.agency().isPresent() ? e.getMessage() : "That passphrase is not right. Try again.";
                } catch (CaseloadStoreException e) {
                    error = e.getMessage();
                }
            }
        } finally {
            prompting = false;
            idle.activity();
        }
    }
}
