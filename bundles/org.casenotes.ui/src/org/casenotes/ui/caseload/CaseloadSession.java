package org.casenotes.ui.caseload;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.IdleLock;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;

/**
 * The caseload the workbench has open (one per workbench), and who wants to know when it opens, when it is about to
 * lock and when it locks or unlocks. Views register with {@link #whenOpen}; the opener calls {@link #opened} once
 * the store is unlocked, which starts the idle lock (the agency's idle minutes, see {@link IdleWatch}). Used on the
 * display thread.
 *
 * <p>Locking: {@link #beforeLock(Runnable)} hooks run first (note editors autosave their drafts there), then the
 * store locks, then {@link #whenLockChanges} listeners hear {@code true} (views cover their content with
 * {@value LockCover#MESSAGE}). Unsaved work stays in the open editors; the next keyboard or mouse input asks for the
 * passphrase, and listeners hear {@code false} once it is right.
 */
public final class CaseloadSession {

    private static final CaseloadSession CURRENT = new CaseloadSession();
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private CaseloadStore store;
    private boolean demo;
    private String problem;
    private IdleWatch idleWatch;
    private final List<Consumer<CaseloadSession>> waiting = new ArrayList<>();
    private final List<Runnable> beforeLock = new ArrayList<>();
    private final List<Consumer<Boolean>> lockListeners = new ArrayList<>();

    private CaseloadSession() {
    }

    /** @return the workbench's session */
    public static CaseloadSession current() {
        return CURRENT;
    }

    /** @return the open store, or null while none is open */
    public CaseloadStore store() {
        return store;
    }

    /** @return whether the open caseload is the fictional demo */
    public boolean isDemo() {
        return demo;
    }

    /** @return why no caseload could be opened, or null */
    public String problem() {
        return problem;
    }

    /** @return whether a caseload is open and locked */
    public boolean isLocked() {
        return store != null && store.isLocked();
    }

    /** Runs {@code action} now if a caseload is open (or failed to open), else when it opens. */
    public void whenOpen(Consumer<CaseloadSession> action) {
        if (store != null || problem != null) {
            action.accept(this);
        } else {
            waiting.add(action);
        }
    }

    /**
     * Registers work to do just before the caseload locks, while the store still accepts writes: e.g. a note editor
     * autosaving its draft ({@link CaseloadStore#autosaveDraft}). Hooks run on the display thread in the order
     * registered; one that fails does not stop the lock. Remove it with {@link #removeBeforeLock} when its editor
     * closes.
     *
     * @param hook the work
     */
    public void beforeLock(Runnable hook) {
        beforeLock.add(hook);
    }

    /** @param hook a hook registered with {@link #beforeLock(Runnable)}; nothing happens if it is not */
    public void removeBeforeLock(Runnable hook) {
        beforeLock.remove(hook);
    }

    /**
     * @param listener told {@code true} after the caseload locked and {@code false} after it was unlocked, on the
     *                 display thread; remove it with {@link #removeLockListener} when its part is disposed
     */
    public void whenLockChanges(Consumer<Boolean> listener) {
        lockListeners.add(listener);
    }

    /** @param listener a listener added with {@link #whenLockChanges}; nothing happens if it is not */
    public void removeLockListener(Consumer<Boolean> listener) {
        lockListeners.remove(listener);
    }

    /**
     * Locks the open caseload now: runs the {@link #beforeLock} hooks, locks the store, tells the lock listeners.
     * Does nothing if no caseload is open or it is locked already.
     */
    public void lock() {
        if (store == null || store.isLocked()) {
            return;
        }
        for (Runnable hook : List.copyOf(beforeLock)) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                ILog.of(CaseloadSession.class).error("A before-lock hook failed; locking anyway", e);
            }
        }
        store.lock();
        tellLockListeners(true);
    }

    /**
     * Unlocks the caseload and tells the lock listeners.
     *
     * @param passphrase the passphrase (wiped)
     * @throws org.casenotes.store.WrongPassphraseException if it is wrong (the caseload stays locked)
     */
    void unlock(char[] passphrase) {
        store.unlock(passphrase);
        tellLockListeners(false);
    }

    /**
     * Locks the caseload after {@code timeout} without keyboard or mouse input (replacing the idle lock started
     * when the caseload opened), for tests and for a changed agency setting.
     *
     * @param timeout    how long without input before locking
     * @param clock      the clock idleness is measured with
     * @param checkEvery how often to check
     */
    public void idleLockAfter(Duration timeout, Clock clock, Duration checkEvery) {
        if (idleWatch != null) {
            idleWatch.stop();
        }
        idleWatch = IdleWatch.start(Display.getCurrent(), this, new IdleLock(store, timeout, clock), checkEvery);
    }

    void opened(CaseloadStore openedStore, boolean isDemo) {
        this.store = openedStore;
        this.demo = isDemo;
        idleLockAfter(Duration.ofMinutes(CasenotesPreferences.agency().idleLockMinutes()), Clock.systemUTC(),
                CHECK_EVERY);
        notifyWaiting();
    }

    void failed(String reason) {
        this.problem = reason;
        notifyWaiting();
    }

    /** Closes the store, e.g. when the workbench shuts down. */
    void close() {
        if (idleWatch != null) {
            idleWatch.stop();
            idleWatch = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    private void tellLockListeners(boolean locked) {
        List.copyOf(lockListeners).forEach(listener -> listener.accept(locked));
    }

    private void notifyWaiting() {
        List<Consumer<CaseloadSession>> actions = List.copyOf(waiting);
        waiting.clear();
        actions.forEach(action -> action.accept(this));
    }
}
