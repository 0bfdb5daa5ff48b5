package org.casenotes.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the generator moves to each moment it replays (writing, signing, co-signing), so times are real. */
final class AdjustableClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    AdjustableClock(ZoneId zone, Instant start) {
        this.zone = zone;
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(other, now);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
