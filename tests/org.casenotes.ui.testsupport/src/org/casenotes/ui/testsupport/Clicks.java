package org.casenotes.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Clicks buttons the way the mouse would, for widgets driven without a window manager or a real pointer. */
public final class Clicks {

    private Clicks() {
    }

    /**
     * Clicks {@code button} and runs what the click queued: a radio button also unselects its selected siblings (each
     * of them told so), a check box toggles, a push button is just pressed.
     */
    public static void click(Button button) {
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
        EventLoop.spin();
    }

    /**
     * Presses the button labelled {@code label} (mnemonics ignored) in {@code shell} without running the event loop
     * afterwards, as a dialog answer does: the dialog's own loop runs what the press does.
     *
     * @throws AssertionError if there is no such button
     */
    public static void press(Shell shell, String label) {
        Button button = WidgetFinder.button(shell, label)
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + shell.getText()));
        button.notifyListeners(SWT.Selection, new Event());
    }
}
