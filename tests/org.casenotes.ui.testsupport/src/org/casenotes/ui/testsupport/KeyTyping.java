package org.casenotes.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Sends key events to a widget as the keyboard would, so that the widget's own key handling decides what a key does
 * (a read-only text takes nothing, a display filter sees user activity). Where the text goes is the caller's: place
 * the caret first.
 */
public final class KeyTyping {

    private KeyTyping() {
    }

    /**
     * Gives {@code control} the focus and types {@code typed} into it, a key down and a key up per character, then runs
     * the event loop.
     */
    public static void type(Control control, String typed) {
        control.setFocus();
        for (char c : typed.toCharArray()) {
            control.notifyListeners(SWT.KeyDown, key(c));
            control.notifyListeners(SWT.KeyUp, key(c));
        }
        EventLoop.spin();
    }

    /** Sends one key down of {@code c} (character and key code) to {@code control}, e.g. to count as user activity. */
    public static void keyDown(Control control, char c) {
        Event down = key(c);
        down.keyCode = c;
        control.notifyListeners(SWT.KeyDown, down);
    }

    private static Event key(char c) {
        Event event = new Event();
        event.character = c;
        return event;
    }
}
