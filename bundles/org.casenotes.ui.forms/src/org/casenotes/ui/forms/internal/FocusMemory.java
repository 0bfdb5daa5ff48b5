package org.casenotes.ui.forms.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/** Remembers the control of the form that last had the focus, to give it back when the editor is activated. */
final class FocusMemory implements AutoCloseable {

    private final Display display;
    private final Composite form;
    private final Listener tracker = event -> {
        if (event.widget instanceof Control control && within(control)) {
            last = control;
        }
    };
    private Control last;

    FocusMemory(Composite form) {
        this.form = form;
        this.display = form.getDisplay();
        display.addFilter(SWT.FocusIn, tracker);
    }

    /** Gives the focus back to the control last focused, if it is still shown; @return whether it did */
    boolean restore() {
        if (last != null && !last.isDisposed() && last.isVisible()) {
            last.setFocus();
            return true;
        }
        return false;
    }

    /** @return the control of the form that has the focus now, or that had it last */
    Control current() {
        Control focus = display.getFocusControl();
        return focus != null && within(focus) ? focus : last;
    }

    private boolean within(Control control) {
        if (form.isDisposed()) {
            return false;
        }
        for (Control level = control; level != null; level = level.getParent()) {
            if (level == form) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (!display.isDisposed()) {
            display.removeFilter(SWT.FocusIn, tracker);
        }
    }
}
