package org.casenotes.ui.testsupport;

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
     * Runs the command {@code commandId} as its menu item or key binding would (e.g. {@code org.eclipse.ui.edit.undo}
     * for Ctrl+Z), then runs the event loop.
     */
    public static void runCommand(String commandId) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        EventLoop.spin();
    }
}
