package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.KeyTyping;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;

/**
 * What the lifecycle tests do with the running workbench beyond the shared test support: unlock the caseload, close
 * editors, choose from a combo, find a control by the label before it.
 */
final class Workbench {

    private static final long UNLOCK_TIMEOUT_MS = 180_000;

    private Workbench() {
    }

    /**
     * Unlocks the locked caseload the way the clinician does: a key press brings up the unlock dialog, which is given
     * the demo caseload's passphrase.
     */
    static void unlockThroughTheDialog() {
        Dialogs.Awaited unlock = Dialogs.answer("Unlock caseload", dialog -> {
            WidgetFinder.all(dialog, Text.class).get(0).setText(DemoCaseload.PASSPHRASE);
            Dialogs.press(dialog, "OK");
        });
        KeyTyping.keyDown(ActiveWorkbench.shell(), 'a');
        EventLoop.spinUntil(() -> !CaseloadSession.current().isLocked(), UNLOCK_TIMEOUT_MS,
                "the caseload to be unlocked");
        assertTrue(unlock.shown(), "the unlock dialog asked for the passphrase");
        activateWindow();
    }

    /**
     * Makes the workbench window the active shell again, with its key bindings (the test display has no window manager
     * to do it; see {@link ActiveWorkbench#activateWindow()}).
     */
    static void activateWindow() {
        ActiveWorkbench.activateWindow();
    }

    /** Closes every editor without saving, restoring the views an editor was maximized over. */
    static void closeAllEditors() {
        IWorkbenchPage page = ActiveWorkbench.page();
        for (IEditorReference editor : page.getEditorReferences()) {
            if (page.getPartState(editor) == IWorkbenchPage.STATE_MAXIMIZED) {
                page.setPartState(editor, IWorkbenchPage.STATE_RESTORED);
            }
        }
        page.closeAllEditors(false);
        EventLoop.spin();
    }

    /** Chooses the first item of {@code combo} that starts with {@code prefix}, as picking it from the list would. */
    static void choose(Combo combo, String prefix) {
        int index = Arrays.asList(combo.getItems()).stream().filter(item -> item.startsWith(prefix)).findFirst()
                .map(item -> combo.indexOf(item)).orElseThrow(() -> new AssertionError("no item " + prefix + " in "
                        + Arrays.toString(combo.getItems())));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }

    /**
     * @return the first control of {@code type} after the label reading {@code label} (mnemonics and a trailing
     *         colon or required-marker ignored) among its siblings and their children
     */
    static <T extends Control> T labelled(Control root, String label, Class<T> type) {
        Label found = WidgetFinder.all(root, Label.class).stream().filter(candidate -> plain(candidate.getText())
                .equals(label)).findFirst().orElseThrow(() -> new AssertionError("no label " + label));
        Control[] siblings = found.getParent().getChildren();
        for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            List<T> inside = WidgetFinder.all(siblings[i], type);
            if (!inside.isEmpty()) {
                return inside.get(0);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " after the label " + label);
    }

    /** @return a label's text without mnemonics, a trailing colon or the required marker */
    static String plain(String labelText) {
        return WidgetFinder.withoutMnemonics(labelText).replaceAll("\\s*[:*]$", "").strip();
    }
}
