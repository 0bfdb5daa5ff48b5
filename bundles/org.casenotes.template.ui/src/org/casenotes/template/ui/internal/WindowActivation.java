package org.casenotes.template.ui.internal;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Gives the keyboard back to a workbench window after a dialog. Without a window manager (a bare X display, some
 * kiosk and remote set-ups) nothing activates the window again when a dialog closes: keys then reached the designer's
 * text only as plain characters, while Return, Backspace, End, Ctrl+Home and Ctrl+S, which go through the window's
 * key bindings and the text's traversal, did nothing.
 */
public final class WindowActivation {

    private WindowActivation() {
    }

    /**
     * Makes {@code window} the active shell if no shell is active (what a closed dialog leaves without a window
     * manager); a shell the person activated stays active.
     */
    public static void restore(IWorkbenchWindow window) {
        Shell shell = window == null ? null : window.getShell();
        if (shell == null || shell.isDisposed() || shell.getDisplay().getActiveShell() != null) {
            return;
        }
        shell.forceActive();
    }
}
