package org.casenotes.ui.record;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;

/**
 * Ctrl+Z (undo), Ctrl+Y and Ctrl+Shift+Z (redo) anywhere in a dialog that keeps its own undo history. The dialog's
 * shell is kept out of the workbench's key bindings, so that Ctrl+Z there never undoes the workbench's last change
 * behind the dialog; the keys are caught before any control of the dialog sees them.
 */
final class UndoKeys implements Listener {

    private final Shell shell;
    private final Runnable undo;
    private final Runnable redo;

    private UndoKeys(Shell shell, Runnable undo, Runnable redo) {
        this.shell = shell;
        this.undo = undo;
        this.redo = redo;
    }

    /** Gives {@code shell} the keys until it is disposed. */
    static void install(Shell shell, Runnable undo, Runnable redo) {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getService(IContextService.class).registerShell(shell,
                    IContextService.TYPE_NONE);
        }
        UndoKeys keys = new UndoKeys(shell, undo, redo);
        shell.getDisplay().addFilter(SWT.KeyDown, keys);
        shell.addListener(SWT.Dispose, event -> event.display.removeFilter(SWT.KeyDown, keys));
    }

    @Override
    public void handleEvent(Event event) {
        if (shell.isDisposed() || !(event.widget instanceof Control control) || control.isDisposed()
                || control.getShell() != shell || (event.stateMask & SWT.MOD1) == 0) {
            return;
        }
        int key = Character.toLowerCase(event.keyCode);
        boolean shift = (event.stateMask & SWT.SHIFT) != 0;
        if (key == 'z' && !shift) {
            event.doit = false;
            undo.run();
        } else if (key == 'y' || key == 'z') {
            event.doit = false;
            redo.run();
        }
    }
}
