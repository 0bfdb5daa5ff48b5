package org.casenotes.ui.testsupport;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
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
     * Clicks the left mouse button at ({@code x}, {@code y}) of {@code control} through the window system, as a
     * pointer would (the events go to whatever is on screen there), then runs the event loop.
     */
    public static void pointerAt(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point at = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        display.post(move);
        EventLoop.spin();
        // down and up go out together: the event loop run between them would see a pressed button and start
        // dragging what is under the pointer (a tab), in a loop of its own waiting for a release
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event button = new Event();
            button.type = type;
            button.button = 1;
            display.post(button);
        }
        EventLoop.spin();
    }

    /**
     * Clicks the tab of {@code folder} whose text starts with {@code textStart}, with the pointer.
     *
     * @throws AssertionError if there is no such tab or it is not shown (hidden behind the folder's chevron)
     */
    public static void tab(CTabFolder folder, String textStart) {
        CTabItem item = Arrays.stream(folder.getItems()).filter(candidate -> candidate.getText().startsWith(textStart))
                .findFirst().orElseThrow(() -> new AssertionError("no tab starting " + textStart));
        if (!item.isShowing()) {
            throw new AssertionError("the tab " + item.getText() + " is hidden behind the chevron");
        }
        Rectangle bounds = item.getBounds();
        pointerAt(folder, bounds.x + Math.min(bounds.width / 2, 40), bounds.y + bounds.height / 2);
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
