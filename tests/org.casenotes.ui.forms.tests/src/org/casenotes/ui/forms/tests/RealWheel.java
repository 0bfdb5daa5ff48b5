package org.casenotes.ui.forms.tests;

import static org.casenotes.ui.testsupport.EventLoop.spin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * The mouse wheel turned as a mouse turns it: the pointer moved over a control and X buttons 5 (down) pressed
 * through the X server's XTest extension by {@code xdotool}, so that GTK and SWT deliver the wheel as they deliver a
 * user's. SWT's {@code Display.post} cannot: on GTK it takes no wheel event and sends its buttons 4 and 5 as X
 * buttons 8 and 9. The event loop keeps running while xdotool works, so the events are dispatched as they arrive.
 */
final class RealWheel {

    private static final long XDOTOOL_TIMEOUT_MS = 10_000;

    private RealWheel() {
    }

    /** Puts the pointer over {@code control}, {@code y} pixels below its top and half way across. */
    static void pointAt(Control control, int y) {
        Point at = control.toDisplay(control.getSize().x / 2, y);
        xdotool("mousemove", "--sync", String.valueOf(at.x), String.valueOf(at.y));
    }

    /** Turns the wheel {@code notches} notches down wherever the pointer is. */
    static void down(int notches) {
        xdotool("click", "--repeat", String.valueOf(notches), "--delay", "30", "5");
    }

    private static void xdotool(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("the real wheel needs xdotool (apt-get install xdotool; .ci/run installs it)", e);
        }
        long deadline = System.currentTimeMillis() + XDOTOOL_TIMEOUT_MS;
        Display display = Display.getCurrent();
        while (process.isAlive()) {
            if (System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            if (!display.readAndDispatch()) {
                try {
                    process.waitFor(10, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
        spin();
        if (process.exitValue() != 0) {
            String out;
            try {
                out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                out = e.getMessage();
            }
            throw new AssertionError(String.join(" ", command) + " failed: " + out);
        }
    }
}
