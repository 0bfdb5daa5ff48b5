package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.casenotes.ui.tests.EventLoop;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
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

    /**
     * Unlocks the locked caseload the way the clinician does: a key press brings up the unlock dialog, which is given
     * the demo caseload's passphrase.
     */
    static void unlockThroughTheDialog() {
        Dialogs.Awaited unlock = Dialogs.answer("Unlock caseload", dialog -> {
            controls(dialog, Text.class).get(0).setText(DemoCaseload.PASSPHRASE);
            Dialogs.press(dialog, "OK");
        });
        Event key = new Event();
        key.character = 'a';
        key.keyCode = 'a';
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().notifyListeners(SWT.KeyDown, key);
        spinUntil(() -> !CaseloadSession.current().isLocked(), CASELOAD_TIMEOUT_MS, "the caseload to be unlocked");
        assertTrue(unlock.shown(), "the unlock dialog asked for the passphrase");
        activateWindow();
    }

    /** Makes the workbench window the active shell again (the test display has no window manager to do it). */
    static void activateWindow() {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
        spin();
    }

    /** Closes every editor without saving, restoring the views an editor was maximized over. */
    static void closeAllEditors() {
        IWorkbenchPage page = page();
        for (IEditorReference editor : page.getEditorReferences()) {
            if (page.getPartState(editor) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(editor, IWorkbenchPage.STATE_RESTORED);
            }
        }
        page.closeAllEditors(false);
        spin();
    }

    static void spin() {
        EventLoop.spin();
    }

    static void spinUntil(BooleanSupplier condition, long timeoutMs, String what) {
        EventLoop.spinUntil(condition, timeoutMs, what);
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

    /** Clicks {@code button}: a radio button also unselects its siblings, a check box toggles. */
    static void click(Button button) {
        if ((button.getStyle() & SWT.RADIO) != 0) {
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && other != button && other.getSelection()) {
                    other.setSelection(false);
                    other.notifyListeners(SWT.Selection, new Event());
                }
            }
            button.setSelection(true);
        } else if ((button.getStyle() & SWT.CHECK) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /** Chooses the first item of {@code combo} that starts with {@code prefix}, as picking it from the list would. */
    static void choose(Combo combo, String prefix) {
        int index = Arrays.asList(combo.getItems()).stream().filter(item -> item.startsWith(prefix)).findFirst()
                .map(item -> combo.indexOf(item)).orElseThrow(() -> new AssertionError("no item " + prefix + " in "
                        + Arrays.toString(combo.getItems())));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        spin();
    }

    /**
     * @return the first control of {@code type} after the label reading {@code label} (mnemonics and a trailing
     *         colon or required-marker ignored) among its siblings and their children
     */
    static <T extends Control> T labelled(Control root, String label, Class<T> type) {
        Label found = controls(root, Label.class).stream().filter(candidate -> plain(candidate.getText())
                .equals(label)).findFirst().orElseThrow(() -> new AssertionError("no label " + label));
        Control[] siblings = found.getParent().getChildren();
        for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            List<T> inside = controls(siblings[i], type);
            if (!inside.isEmpty()) {
                return inside.get(0);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after the label " + label);
    }

    /** @return a label's text without mnemonics, a trailing colon or the required marker */
    static String plain(String labelText) {
        return labelText.replace("&", "").replaceAll("\\s*[:*]$", "").strip();
    }

    /** Saves the workbench window, sized to the test display (1280 x 1024), as a PNG under target/screenshots. */
    static Path screenshot(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 1000);
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
