package org.casenotes.ui.tests.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the lifecycle tests do with the running workbench: wait, find widgets, take screenshots. */
final class Workbench {

    private static final long CASELOAD_TIMEOUT_MS = 180_000;

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return the caseload's store once the workbench has opened (or created) the demo caseload */
    static CaseloadStore caseload() {
        spinUntil(() -> CaseloadSession.current().store() != null || CaseloadSession.current().problem() != null,
                CASELOAD_TIMEOUT_MS, "the demo caseload to open");
        if (CaseloadSession.current().store() == null) {
            throw new AssertionError("no caseload: " + CaseloadSession.current().problem());
        }
        return CaseloadSession.current().store();
    }

    static void spin() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out after " + timeoutMs + " ms waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** @return every control of type {@code type} below {@code root}, depth first */
    static <T extends Control> List<T> controls(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, List<T> into) {
        if (type.isInstance(control)) {
            into.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, into);
            }
        }
    }

    /** Saves the workbench window as a PNG under target/screenshots. */
    static Path screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 950);
        for (int i = 0; i < 20; i++) {
            spin();
            Thread.sleep(50);
        }
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name);
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } finally {
            image.dispose();
        }
    }
}
