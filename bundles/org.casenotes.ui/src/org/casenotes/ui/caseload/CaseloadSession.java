package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.IdleLock;
import org.casenotes.store.server.AgencySession;
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
 *
 * <p>A caseload opened in the background {@link #arrive arrives} from the opening thread: it is taken over on the
 * display thread by whichever comes first, the runnable posted for it or a view asking {@link #whenOpen} (so a view
 * created after the opening finished shows the caseload in its first paint, not after the workbench's start-up work
 * queued on the display thread). Its first overview, read on the opening thread, is handed to the first view that
 * {@link #takeFirstOverview takes} it.
 *
 * <p>Switching: File &gt; New Caseload, Open Caseload and Open Demo Caseload put another caseload in the place of the
 * open one ({@link #switchTo}, through {@link CaseloadSwitch}, which closes the old one's notes first); views that
 * show the caseload follow with {@link #whenSwitched}.
 */
public final class CaseloadSession {

    /** What the fictional demo caseload is called wherever it shows. */
    public static final String DEMO_NAME = "Demo caseload (fictional clients)";

    private static final CaseloadSession CURRENT = new CaseloadSession();
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    private CaseloadStore store;
    private AgencySession agency;
    private boolean demo;
    private String name = "";
    private Path location;
    private String problem;
    private IdleWatch idleWatch;
    private final List<Consumer<CaseloadSession>> waiting = new ArrayList<>();
    private final List<Runnable> beforeLock = new ArrayList<>();
    private final List<Consumer<Boolean>> lockListeners = new ArrayList<>();
    private final List<Consumer<CaseloadSession>> switchListeners = new ArrayList<>();
    private final AtomicReference<Arrival> arrival = new AtomicReference<>();
    private CaseloadOverview firstOverview;

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

    /**
     * @return the agency server session whose caseload is open (File &gt; Open Agency Server); empty for a caseload
     *         folder, the demo, and while none is open
     */
    public Optional<AgencySession> agency() {
        return Optional.ofNullable(agency);
    }

    /** @return whether the open caseload is the fictional demo */
    public boolean isDemo() {
        return demo;
    }

    /**
     * @return what the open caseload is called where it shows (window title, caseload view): {@link #DEMO_NAME} for
     *         the demo, else its agency and folder; blank while none is open
     */
    public String name() {
        return name;
    }

    /** @return the open caseload's folder; empty for the demo and while none is open */
    public Optional<Path> location() {
        return demo ? Optional.empty() : Optional.ofNullable(location);
    }

    /** @return why no caseload could be opened, or null */
    public String problem() {
        return problem;
    }

    /** Whether the open caseload was locked through {@link #lock()} (not closed by its store). */
    private boolean lockedHere;

    /** @return whether a caseload is open and locked */
    public boolean isLocked() {
        return store != null && store.isLocked();
    }

    /**
     * @return the day before which an unsigned note is overdue: today less the agency's late-entry window
     */
    public static LocalDate overdueBefore() {
        return LocalDate.now().minusDays(CasenotesPreferences.agency().lateEntryWindowDays());
    }

    /** Runs {@code action} now if a caseload is open (or failed to open), else when it opens. */
    public void whenOpen(Consumer<CaseloadSession> action) {
        takeArrival();
        if (store != null || problem != null) {
            action.accept(this);
        } else {
            waiting.add(action);
        }
    }

    /**
     * @param listener told on the display thread each time another caseload has replaced the open one (File &gt; New
     *                 Caseload, Open Caseload, Open Demo Caseload), after it is open; remove it with
     *                 {@link #removeSwitchListener} when its part is disposed. The first caseload is announced by
     *                 {@link #whenOpen}, not here.
     */
    public void whenSwitched(Consumer<CaseloadSession> listener) {
        switchListeners.add(listener);
    }

    /** @param listener a listener added with {@link #whenSwitched}; nothing happens if it is not */
    public void removeSwitchListener(Consumer<CaseloadSession> listener) {
        switchListeners.remove(listener);
    }

    /**
     * Closes the open caseload (or forgets why none could be opened) and takes over {@code openedStore} in its place,
     * then tells the {@link #whenSwitched} listeners. The caller has closed the editors of the old caseload.
     *
     * @param openedStore  the unlocked store of the caseload now open
     * @param isDemo       whether it is the fictional demo
     * @param caseloadName what it is called where it shows
     * @param folder       where it is; null for the demo
     */
    void switchTo(CaseloadStore openedStore, boolean isDemo, String caseloadName, Path folder) {
        switchTo(openedStore, null, isDemo, caseloadName, folder);
    }

    /**
     * As {@link #switchTo(CaseloadStore, boolean, String, Path)}, for an agency server's caseload.
     *
     * @param session      the signed-in session, its store unlocked
     * @param caseloadName what it is called where it shows
     */
    void switchToAgency(AgencySession session, String caseloadName) {
        switchTo(session.store(), session, false, caseloadName, null);
    }

    private void switchTo(CaseloadStore openedStore, AgencySession session, boolean isDemo, String caseloadName,
            Path folder) {
        boolean wasLocked = isLocked();
        close();
        problem = null;
        firstOverview = null;
        agency = session;
        opened(openedStore, isDemo, caseloadName, folder);
        if (wasLocked) {
            tellLockListeners(false);
        }
        List.copyOf(switchListeners).forEach(listener -> listener.accept(this));
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
        lockedHere = true;
        tellLockListeners(true);
    }

    /**
     * @return whether the store closed the caseload by itself, not locked by Casenotes: it does so when a save could
     *         not be written to its disk (full, read-only, failing), keeping what was saved; unlocking opens it again
     */
    boolean isClosedByTheStore() {
        return isLocked() && !lockedHere;
    }

    /**
     * Unlocks the caseload and tells the lock listeners.
     *
     * @param passphrase the passphrase (wiped)
     * @throws org.casenotes.store.WrongPassphraseException if it is wrong (the caseload stays locked)
     */
    void unlock(char[] passphrase) {
        store.unlock(passphrase);
        lockedHere = false;
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

    /**
     * Hands a store opened on another thread to the display thread (see the class comment). Called from any thread.
     *
     * @param display       the workbench's display
     * @param openedStore   the open store
     * @param isDemo        whether it is the fictional demo
     * @param overview      its overview as of {@link #overdueBefore()}, read on the opening thread; null if not read
     */
    void arrive(Display display, CaseloadStore openedStore, boolean isDemo, CaseloadOverview overview) {
        arrival.set(new Arrival(openedStore, isDemo, overview));
        display.asyncExec(this::takeArrival);
    }

    /** @return the overview read when the caseload opened, once; empty after that or if none was read */
    Optional<CaseloadOverview> takeFirstOverview() {
        Optional<CaseloadOverview> overview = Optional.ofNullable(firstOverview);
        firstOverview = null;
        return overview;
    }

    private void takeArrival() {
        Arrival pending = arrival.getAndSet(null);
        if (pending != null) {
            firstOverview = pending.overview();
            opened(pending.store(), pending.demo(), pending.demo() ? DEMO_NAME : "", null);
        }
    }

    /** A store opened on another thread, not yet taken over by the display thread. */
    private record Arrival(CaseloadStore store, boolean demo, CaseloadOverview overview) {
    }

    void opened(CaseloadStore openedStore, boolean isDemo, String caseloadName, Path folder) {
        this.store = openedStore;
        lockedHere = false;
        this.location = folder;
        this.demo = isDemo;
        this.name = caseloadName;
        idleLockAfter(Duration.ofMinutes(CasenotesPreferences.agency().idleLockMinutes()), Clock.systemUTC(),
                CHECK_EVERY);
        if (!openedStore.isLocked()) {
            // starts loading (or, the first time, building) the note search index in the background
            openedStore.noteSearch().progress();
        }
        notifyWaiting();
    }

    void failed(String reason) {
        this.problem = reason;
        notifyWaiting();
    }

    /** Closes the store, e.g. when the workbench shuts down (also one that arrived but was not taken over yet). */
    void close() {
        ServerWatch.stop();
        Arrival pending = arrival.getAndSet(null);
        if (pending != null) {
            pending.store().close();
        }
        if (idleWatch != null) {
            idleWatch.stop();
            idleWatch = null;
        }
        if (store != null) {
            store.close();
            store = null;
        }
        agency = null;
        name = "";
        location = null;
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
