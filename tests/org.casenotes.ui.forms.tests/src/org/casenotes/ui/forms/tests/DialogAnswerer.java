package org.casenotes.ui.forms.tests;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the next dialog that opens, the way a clinician would: presses its button with one of the given labels
 * (e.g. "No" or "Don't Save") and remembers what the dialog said. Works while a modal dialog runs its own event loop.
 */
final class DialogAnswerer {

    private final List<String> labels;
    private String message;

    private DialogAnswerer(List<String> labels) {
        this.labels = labels;
    }

    /** Starts watching for a dialog with a button labelled one of {@code labels} (mnemonics ignored). */
    static DialogAnswerer pressing(String... labels) {
        DialogAnswerer answerer = new DialogAnswerer(List.of(labels));
        DialogWatcher.answer(shell -> shell.getData() instanceof Window && answerer.button(shell).isPresent(),
                answerer::answer);
        return answerer;
    }

    /** @return the texts of the answered dialog's labels, or null if no dialog was answered */
    String message() {
        return message;
    }

    private Optional<Button> button(Shell dialog) {
        return WidgetFinder.first(dialog, Button.class,
                button -> labels.contains(WidgetFinder.withoutMnemonics(button.getText())));
    }

    private void answer(Shell dialog) {
        message = WidgetFinder.all(dialog, Label.class).stream().map(Label::getText).collect(Collectors.joining("\n"));
        button(dialog).orElseThrow().notifyListeners(SWT.Selection, new Event());
    }
}
