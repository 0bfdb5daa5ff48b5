package org.casenotes.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Locks a store after a period without user activity. The store itself has no timer: the UI reports activity
 * ({@link #activity()}) from its input events and calls {@link #lockIfIdle()} from its own timer (e.g. once every
 * few seconds on the display thread), so locking happens on a thread the UI controls.
 *
 * <pre>{@code
 * IdleLock idle = new IdleLock(store, Duration.ofMinutes(10), Clock.systemUTC());
 * display.addFilter(SWT.KeyDown, e -> idle.activity());
 * display.timerExec(5_000, check); // check: if (idle.lockIfIdle()) showUnlockDialog(); else re-arm
 * }</pre>
 */
public final class IdleLock {

    private final CaseloadStore store;
    private final Duration timeout;
    private final Clock clock;
    private Instant lastActivity;

    /**
     * @param store   the store to lock
     * @param timeout how long without activity before locking (positive)
     * @param clock   the clock to measure idleness with
     */
    public IdleLock(CaseloadStore store, Duration timeout, Clock clock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The idle timeout must be positive: " + timeout);
        }
        this.store = Objects.requireNonNull(store, "store");
        this.timeout = timeout;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lastActivity = clock.instant();
    }

    /** Records user activity now; the idle period starts again. */
    public synchronized void activity() {
        lastActivity = clock.instant();
    }

    /** @return how long until the store locks without further activity (zero when due) */
    public synchronized Duration remaining() {
        Duration left = timeout.minus(Duration.between(lastActivity, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Locks the store if the timeout has passed since the last activity and it is not locked yet. While the store
     * is locked the idle period keeps restarting, so after an unlock the user gets the full timeout again.
     *
     * @return true if this call locked the store
     */
    public synchronized boolean lockIfIdle() {
        if (store.isLocked()) {
            lastActivity = clock.instant();
            return false;
        }
        if (!remaining().isZero()) {
            return false;
        }
        store.lock();
        return true;
    }
}
