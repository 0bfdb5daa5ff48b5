package org.casenotes.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that stands still at an instant until it is {@linkplain #set set} or {@linkplain #advance advanced}: the
 * demo writes its fictional history on the days it chooses, and tests move time forward (idle locks, signing
 * windows, autosave times) without waiting. Readable from any thread; a clock {@linkplain #withZone in another zone}
 * is a separate clock that starts at this one's instant.
 */
public final class SettableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /** A clock in UTC standing at {@code start}. */
    public SettableClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    /** A clock in {@code zone} standing at {@code start}. */
    public SettableClock(Instant start, ZoneId zone) {
        this.now = Objects.requireNonNull(start, "start");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Moves the clock to {@code instant} (forward or back). */
    public void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    /** Moves the clock forward by {@code duration}. */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public SettableClock withZone(ZoneId other) {
        return other.equals(zone) ? this : new SettableClock(now, other);
    }
}
