package org.casenotes.cli.internal;

import java.io.PrintStream;

/**
 * Progress of an audit on stderr: one line at every tenth of the notes, so that logs and terminals both show it
 * without control characters.
 */
final class AuditProgress {

    private final PrintStream err;
    private final int total;
    private final long started = System.nanoTime();
    private int nextTenth = 1;

    AuditProgress(PrintStream err, int totalNotes) {
        this.err = err;
        this.total = totalNotes;
    }

    /** Reports that {@code done} notes are checked, if a new tenth is reached. */
    synchronized void notesDone(int done) {
        if (total == 0 || done * 10L < (long) nextTenth * total) {
            return;
        }
        nextTenth = (int) (done * 10L / total) + 1;
        err.printf("casenotes audit: %,d of %,d notes checked (%d%%), %.1f s%n", done, total, done * 100L / total,
                seconds());
    }

    /** @return seconds since the audit started */
    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
