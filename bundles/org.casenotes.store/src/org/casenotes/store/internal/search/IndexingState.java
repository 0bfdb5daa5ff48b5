package org.casenotes.store.internal.search;

import java.time.Duration;

import org.casenotes.store.IndexingProgress;

/** The progress of loading or building the indexes, which searches report and tools wait for. */
final class IndexingState {

    private IndexingProgress progress = IndexingProgress.STARTING;
    private RuntimeException failure;

    synchronized IndexingProgress current() {
        return progress;
    }

    synchronized void building(int total) {
        progress = new IndexingProgress(0, total, false, true);
        notifyAll();
    }

    synchronized void catchingUp(int total) {
        progress = new IndexingProgress(0, total, false, false);
        notifyAll();
    }

    synchronized void advanced(int records) {
        progress = new IndexingProgress(progress.done() + records, progress.total(), false, progress.building());
        notifyAll();
    }

    synchronized void complete() {
        progress = new IndexingProgress(progress.total(), progress.total(), true, progress.building());
        notifyAll();
    }

    synchronized void failed(RuntimeException cause) {
        failure = cause;
        notifyAll();
    }

    synchronized void reset() {
        progress = IndexingProgress.STARTING;
        failure = null;
        notifyAll();
    }

    /**
     * @param timeout how long to wait
     * @return true once complete
     * @throws InterruptedException if interrupted
     * @throws IllegalStateException if indexing failed (with the cause)
     */
    synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!progress.complete() && failure == null) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        if (failure != null) {
            throw new IllegalStateException("The search index could not be built: " + failure.getMessage(), failure);
        }
        return true;
    }
}
