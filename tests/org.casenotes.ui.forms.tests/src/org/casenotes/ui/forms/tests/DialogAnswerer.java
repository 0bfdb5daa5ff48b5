package org.casenotes.ui.forms.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next dialog that opens, the way a clinician would: presses its button with one of the given labels
 * (e.g. "No" or "Don't Save") and remembers what the dialog said. Works while a modal dialog runs its own event loop.
 */
final class DialogAnswerer {

    private static final int POLL_MILLIS = 100;
    private static final long GIVE_UP_NANOS = 60_000_000_000L;

    private final List<String> labels;
    private final long deadline = System.nanoTime() + GIVE_UP_NANOS;
    private String message;

    private DialogAnswerer(List<String> labels) {
        this.labels = labels;
    }

    /** Starts watching for a dialog with a button labelled one of {@code labels} (mnemonics ignored). */
    static DialogAnswerer pressing(String... labels) {
        DialogAnswerer answerer = new DialogAnswerer(List.of(labels));
        Display.getCurrent().timerExec(POLL_MILLIS, answerer::poll);
        return answerer;
    }

    /** @return the texts of the answered dialog's labels, or null if no dialog was answered */
    String message() {
        return message;
    }

    private void poll() {
        Display display = Display.getCurrent();
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && shell.getData() instanceof Window) {
                for (Button button : NoteEditorDriver.all(shell, Button.class)) {
                    if (labels.contains(button.getText().replace("&", ""))) {
                        message = NoteEditorDriver.all(shell, Label.class).stream().map(Label::getText)
                                .collect(Collectors.joining("\n"));
                        button.notifyListeners(SWT.Selection, new Event());
                        return;
                    }
                }
            }
        }
        if (System.nanoTime() < deadline) {
            display.timerExec(POLL_MILLIS, this::poll);
        }
    }
}
