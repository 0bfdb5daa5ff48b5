package org.casenotes.ui.testsupport;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs the UI thread's event loop from a test: until the queue is empty, for a while, or until a condition holds.
 * Waiting is always for a condition with a generous timeout, never a fixed sleep, so that tests hold on a loaded
 * machine. While idle the loop sleeps in {@link Display#sleep()}, which any event ends at once; a short timer wakes
 * it to look again at conditions that other threads change.
 */
public final class EventLoop {

    private static final long WAKE_MS = 10;
    private static final Runnable WAKE = () -> {
        // only ends Display.sleep(), so that the loop looks again
    };

    private EventLoop() {
    }

    /** Runs what is queued on the current display: posted results, layouts, paints. */
    public static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    /** Runs the event loop for {@code millis}, e.g. to see that something does not happen in that time. */
    public static void spinFor(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        for (long left = millis; left > 0; left = end - System.currentTimeMillis()) {
            runOrSleep(display, left);
        }
    }

    /**
     * Runs the event loop until {@code condition} holds.
     *
     * @param what names the condition in the failure message
     * @throws AssertionError naming {@code what} if the condition does not hold within {@code timeoutMs}
     */
    public static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            long left = deadline - System.currentTimeMillis();
            if (left < 0) {
                throw new AssertionError("Timed out after " + timeoutMs + " ms waiting for " + what);
            }
            runOrSleep(display, left);
        }
    }

    private static void runOrSleep(Display display, long leftMs) {
        if (!display.readAndDispatch()) {
            display.timerExec((int) Math.max(1, Math.min(WAKE_MS, leftMs)), WAKE);
            display.sleep();
        }
    }
}
