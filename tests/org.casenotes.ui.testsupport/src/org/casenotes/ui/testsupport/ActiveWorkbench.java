package org.casenotes.ui.testsupport;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** The running workbench's active window as a test drives it: its page, its shell and its commands. */
public final class ActiveWorkbench {

    private ActiveWorkbench() {
    }

    /** @return the active page of the active workbench window */
    public static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return the shell of the active workbench window */
    public static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /**
     * Makes the workbench window the active shell as the window system announces it, so that the workbench's window
     * context and its key bindings follow. On the test display (no window manager) a dialog that closed can leave SWT
     * calling the window active while the workbench still holds the dialog's context (seen: only
     * {@code dialogAndWindow} active, no key binding of the window); {@code forceActive} on a shell SWT already calls
     * active does nothing, so the activation is moved to a shell of our own and back.
     */
    public static void activateWindow() {
        Shell window = shell();
        Display display = window.getDisplay();
        Shell elsewhere = new Shell(display);
        try {
            elsewhere.setBounds(0, 0, 1, 1);
            elsewhere.open();
            elsewhere.forceActive();
            EventLoop.spinUntil(() -> display.getActiveShell() == elsewhere, 10_000, "a shell of the test's active");
        } finally {
            elsewhere.dispose();
        }
        window.forceActive();
        EventLoop.spinUntil(() -> display.getActiveShell() == window, 10_000, "the workbench window active");
    }

    /**
     * Runs the command {@code commandId} as its menu item or key binding would (e.g. {@code org.eclipse.ui.edit.undo}
     * for Ctrl+Z), then runs the event loop.
     */
    public static void runCommand(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        EventLoop.spin();
    }
}
