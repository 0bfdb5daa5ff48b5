package org.casenotes.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's event loop for the workbench tests: until the queue is empty, for a while, or until a condition. */
public final class EventLoop {

    private static final long IDLE_PAUSE_MS = 10;

    private EventLoop() {
    }

    /** Runs what is queued on the display. */
    public static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    /** Runs the event loop for {@code millis}. */
    public static void spinFor(long millis) {
        long end = System.currentTimeMillis() + millis;
        Display display = Display.getCurrent();
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                pause();
            }
        }
    }

    /**
     * Runs the event loop until {@code condition} holds.
     *
     * @throws AssertionError naming {@code what} if it does not hold within {@code timeoutMs}
     */
    public static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out after " + timeoutMs + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(IDLE_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
