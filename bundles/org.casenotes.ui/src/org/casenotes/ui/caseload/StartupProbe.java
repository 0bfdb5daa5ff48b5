package org.casenotes.ui.caseload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;

/**
 * Benchmark hook for {@code releng/bench/caseload-startup.sh}: when the system property {@value #PROPERTY} names a
 * file, two lines are appended to it, "{@code window <epoch milliseconds>}" when the first workbench window has
 * opened and "{@code caseload <epoch milliseconds> <clients>}" when the caseload table first paints its rows. The
 * product reports both itself, so the benchmark needs no program polling the display while the workbench starts.
 * Does nothing without the property.
 */
public final class StartupProbe {

    static final String PROPERTY = "casenotes.bench.startup";

    private static boolean windowReported;
    private static boolean caseloadReported;

    private StartupProbe() {
    }

    /** Called once the first workbench window is open. */
    public static void windowOpened() {
        if (System.getProperty(PROPERTY) == null || windowReported) {
            return;
        }
        windowReported = true;
        append("window " + System.currentTimeMillis());
    }

    /** Called when the caseload's rows have been put into {@code table}; reported at its next paint. */
    static void caseloadShown(Control table, int clients) {
        if (System.getProperty(PROPERTY) == null || caseloadReported || table.isDisposed()) {
            return;
        }
        caseloadReported = true;
        Listener[] firstPaint = new Listener[1];
        firstPaint[0] = event -> {
            table.removeListener(SWT.Paint, firstPaint[0]);
            append("caseload " + System.currentTimeMillis() + " " + clients);
        };
        table.addListener(SWT.Paint, firstPaint[0]);
        table.redraw();
    }

    private static void append(String line) {
        String file = System.getProperty(PROPERTY);
        try {
            Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("casenotes: cannot write the startup probe " + file + ": " + e.getMessage());
        }
    }
}
