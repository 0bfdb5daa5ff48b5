package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers the modal dialogs that commands open, the way a clinician would: a {@link DialogWatcher} waits for the
 * dialog's window, and the answer reads what it says and works its widgets.
 */
final class Dialogs {

    private Dialogs() {
    }

    /** A dialog being waited for, and what it said once it was shown. */
    static final class Awaited {
        private final String what;
        private String title;
        private String text;

        private Awaited(String what) {
            this.what = what;
        }

        /** @return the title of the dialog that appeared */
        String title() {
            text();
            return title;
        }

        /** @return the texts of the dialog's labels, one a line; fails if the dialog never appeared */
        String text() {
            assertTrue(text != null, "the dialog \"" + what + "\" appeared");
            return text;
        }

        boolean shown() {
            return text != null;
        }
    }

    /**
     * Watches for a visible window titled {@code title} and, once it is shown, lets {@code answer} work it.
     *
     * @return what the dialog said, once it was answered
     */
    static Awaited answer(String title, Consumer<Shell> answer) {
        return answer(title, shell -> title.equals(shell.getText()), answer);
    }

    /**
     * Watches for a visible window that {@code wanted} accepts and, once it is shown, lets {@code answer} work it.
     *
     * @param what names the dialog in failure messages
     * @return what the dialog said, once it was answered
     */
    static Awaited answer(String what, Predicate<Shell> wanted, Consumer<Shell> answer) {
        Awaited awaited = new Awaited(what);
        DialogWatcher.answer(wanted, dialog -> {
            awaited.title = dialog.getText();
            awaited.text = java.util.stream.Stream.concat(
                    WidgetFinder.all(dialog, Label.class).stream().map(Label::getText),
                    WidgetFinder.all(dialog, org.eclipse.swt.widgets.Link.class).stream()
                            .map(link -> link.getText().replace("<a>", "").replace("</a>", "")))
                    .filter(text -> !text.isBlank()).collect(Collectors.joining("\n"));
            answer.accept(dialog);
        });
        return awaited;
    }

    /** @return a dialog answer that presses the button labelled {@code label} */
    static Consumer<Shell> pressing(String label) {
        return dialog -> press(dialog, label);
    }

    /** Presses the enabled button labelled {@code label} (mnemonics ignored) in {@code shell}. */
    static void press(Shell shell, String label) {
        List<Button> buttons = WidgetFinder.all(shell, Button.class);
        Button button = buttons.stream().filter(candidate -> candidate.getText().replace("&", "").equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + label + " in \"" + shell.getText()
                        + "\" among " + buttons.stream().map(Button::getText).toList()));
        assertTrue(button.isEnabled(), label + " is enabled");
        Clicks.click(button);
    }
}
