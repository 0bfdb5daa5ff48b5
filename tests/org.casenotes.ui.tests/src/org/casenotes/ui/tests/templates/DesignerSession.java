package org.casenotes.ui.tests.templates;

import org.casenotes.ui.tests.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/** What the template end-to-end test does with the running workbench: wait, answer dialogs, find widgets. */
final class DesignerSession {

    private static final long DIALOG_TIMEOUT_MS = 60_000;

    private DesignerSession() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return the store of the demo caseload the workbench opens (or creates) on start */
    static CaseloadStore caseload() {
        spinUntil("the demo caseload to open", 180_000,
                () -> CaseloadSession.current().store() != null || CaseloadSession.current().problem() != null);
        if (CaseloadSession.current().store() == null) {
            throw new AssertionError("no caseload: " + CaseloadSession.current().problem());
        }
        return CaseloadSession.current().store();
    }

    static void spin() {
        EventLoop.spin();
    }

    static void spinUntil(String what, long timeoutMs, BooleanSupplier condition) {
        EventLoop.spinUntil(condition, timeoutMs, what);
    }

    /**
     * Watches, from the event loop, for a visible dialog titled {@code title} and lets {@code answer} work it once.
     * Call before the command that opens the dialog (a modal dialog runs its own event loop).
     *
     * @return the titles of the dialogs answered (one entry once the dialog was answered)
     */
    static List<String> answer(String title, Consumer<Shell> answer) {
        List<String> answered = new ArrayList<>();
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + DIALOG_TIMEOUT_MS;
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    answered.add(shell.getText());
                    answer.accept(shell);
                    return;
                }
            }
            if (System.currentTimeMillis() < deadline) {
                display.timerExec(100, look[0]);
            }
        };
        display.timerExec(100, look[0]);
        return answered;
    }

    /** Presses the button labelled {@code label} (mnemonics ignored) in {@code shell}. */
    static void press(Shell shell, String label) {
        Button button = controls(shell, Button.class).stream()
                .filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + shell.getText()));
        button.notifyListeners(SWT.Selection, new Event());
    }

    /** @return every control of type {@code type} below {@code root}, depth first */
    static <T extends Control> List<T> controls(Control root, Class<T> type) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(root)) {
            found.add(type.cast(root));
        }
        if (root instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                found.addAll(controls(child, type));
            }
        }
        return found;
    }
}
