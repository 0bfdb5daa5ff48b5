package org.casenotes.template.ui.tests;

import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Presses keys through the window system ({@link Display#post}), as a person at the keyboard does: the window's key
 * bindings, the text's own key handling and content assist all see them. The workbench window is made active first
 * (the keyboard goes only to an active window, and the test display has no window manager to give it back after a
 * dialog); tests call {@link #activateWorkbenchWindow()} when done, so that the tests after them find it active
 * (a posted key can leave a popup or another shell active).
 */
final class PostedKeys {

    private static final long ACTIVATION_TIMEOUT_MS = 60_000;

    private PostedKeys() {
    }

    /** Makes the workbench window active and gives {@code target} the keyboard focus. */
    static void focus(Control target) {
        activateWorkbenchWindow();
        target.setFocus();
        EventLoop.spinUntil(() -> target.getDisplay().getFocusControl() == target, ACTIVATION_TIMEOUT_MS,
                "the keyboard focus in " + target);
    }

    /** Makes the workbench window the active shell again. */
    static void activateWorkbenchWindow() {
        Shell window = ActiveWorkbench.shell();
        if (window.getDisplay().getActiveShell() != window) {
            window.forceActive();
        }
        EventLoop.spinUntil(() -> window.getDisplay().getActiveShell() == window, ACTIVATION_TIMEOUT_MS,
                "the workbench window to be active");
    }

    /** Presses a key that has a key code (e.g. {@link SWT#END}), holding {@code modifiers} (e.g. {@link SWT#CTRL}). */
    static void key(Control target, int modifiers, int keyCode) {
        press(target, modifiers, keyCode, '\0');
    }

    /**
     * Presses the key of {@code character}, holding {@code modifiers}. Return ({@link SWT#CR}), Backspace, Escape,
     * Tab and Delete are posted by their key codes: SWT on GTK posts a character as the key of that Unicode
     * character, and no key of the keyboard types a carriage return.
     */
    static void character(Control target, int modifiers, char character) {
        switch (character) {
        case SWT.CR, SWT.BS, SWT.ESC, SWT.TAB, SWT.DEL -> press(target, modifiers, character, '\0');
        default -> press(target, modifiers, 0, character);
        }
    }

    /** Types {@code text} (lower case, digits and punctuation without Shift; a line break is Return). */
    static void type(Control target, String text) {
        for (char c : text.toCharArray()) {
            character(target, SWT.NONE, c == '\n' ? SWT.CR : c);
        }
    }

    private static void press(Control target, int modifiers, int keyCode, char character) {
        if (target.getDisplay().getFocusControl() != target) {
            focus(target);
        }
        Display display = target.getDisplay();
        int[] held = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
        for (int modifier : held) {
            if ((modifiers & modifier) != 0) {
                post(display, SWT.KeyDown, modifier, '\0');
            }
        }
        post(display, SWT.KeyDown, keyCode, character);
        post(display, SWT.KeyUp, keyCode, character);
        for (int i = held.length - 1; i >= 0; i--) {
            if ((modifiers & held[i]) != 0) {
                post(display, SWT.KeyUp, held[i], '\0');
            }
        }
        EventLoop.spin();
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display.post(event)) {
            throw new AssertionError("The window system took no key event (" + keyCode + ", " + (int) character + ")");
        }
    }
}
