package org.casenotes.ui.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a dialog that a command is about to open. A modal dialog runs its own event loop, so the test cannot work
 * it after the command returns; instead a timer on the current display looks for the dialog's window every
 * {@value #POLL_MS} ms for up to a minute and lets an answer work it once. Start watching before the command.
 */
public final class DialogWatcher {

    private static final int POLL_MS = 100;
    private static final long TIMEOUT_MS = 60_000;

    private DialogWatcher() {
    }

    /**
     * Watches for a visible window that {@code wanted} accepts and lets {@code answer} work the first one seen.
     * Gives up silently after a minute: the test asserts on what the answer recorded.
     */
    public static void answer(Predicate<Shell> wanted, Consumer<Shell> answer) {
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        display.timerExec(POLL_MS, new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (!shell.isDisposed() && shell.isVisible() && wanted.test(shell)) {
                        answer.accept(shell);
                        return;
                    }
                }
                if (System.currentTimeMillis() < deadline) {
                    display.timerExec(POLL_MS, this);
                }
            }
        });
    }

    /**
     * Watches for a visible window titled {@code title} and lets {@code answer} work it once.
     *
     * @return the titles of the dialogs answered: empty until the dialog was shown, then that one title
     */
    public static List<String> answer(String title, Consumer<Shell> answer) {
        List<String> answered = new ArrayList<>();
        answer(shell -> title.equals(shell.getText()), shell -> {
            answered.add(shell.getText());
            answer.accept(shell);
        });
        return answered;
    }
}
