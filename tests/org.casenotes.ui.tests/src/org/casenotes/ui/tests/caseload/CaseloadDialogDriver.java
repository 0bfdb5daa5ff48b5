package org.casenotes.ui.tests.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Works the New Caseload and Open Caseload dialogs by what they show: labelled fields, buttons, messages. */
public final class CaseloadDialogDriver {

    private final Shell dialog;

    public CaseloadDialogDriver(Shell dialog) {
        this.dialog = dialog;
    }

    /**
     * Runs {@code command}, which opens the dialog titled {@code title}, and works that dialog with {@code answer};
     * a failure inside the answer closes the dialog and fails the test with it.
     */
    public static void answer(String title, String command, Consumer<CaseloadDialogDriver> answer) throws Exception {
        List<Throwable> failed = new ArrayList<>();
        List<String> answered = DialogWatcher.answer(title, shell -> {
            try {
                answer.accept(new CaseloadDialogDriver(shell));
            } catch (RuntimeException | AssertionError e) {
                failed.add(e);
                shell.close();
            }
        });
        ActiveWorkbench.runCommand(command);
        if (!failed.isEmpty()) {
            throw new AssertionError("answering " + title + " failed", failed.get(0));
        }
        assertEquals(List.of(title), answered, "the dialog " + title + " was shown and answered");
    }

    /** Types {@code value} into the field after the label reading {@code label} (mnemonics ignored). */
    public CaseloadDialogDriver fill(String label, String value) {
        Text field = field(label);
        field.setFocus();
        field.setText(value);
        EventLoop.spin();
        return this;
    }

    /** @return the text of the field after the label reading {@code label} */
    public String valueOf(String label) {
        return field(label).getText();
    }

    /** Presses a button, e.g. "Create", and runs what the press queued (the dialog stays open if it refuses). */
    public void press(String button) {
        Clicks.press(dialog, button);
        EventLoop.spin();
    }

    /** @return every label's text in the dialog, one a line */
    public String shownText() {
        return WidgetFinder.all(dialog, Label.class).stream().map(Label::getText).filter(text -> !text.isBlank())
                .collect(Collectors.joining("\n"));
    }

    /** @return the first label whose text starts with {@code start}, e.g. the meter's "Strength:" */
    public String labelStartingWith(String start) {
        return WidgetFinder.first(dialog, Label.class, label -> label.getText().startsWith(start))
                .map(Label::getText).orElseThrow(() -> new AssertionError("no label starting " + start + " in:\n"
                        + shownText()));
    }

    /** @return the items of the dialog's list (the recent caseloads) */
    public List<String> listItems() {
        return WidgetFinder.first(dialog, org.eclipse.swt.widgets.List.class, list -> true)
                .map(list -> Arrays.asList(list.getItems())).orElse(List.of());
    }

    public boolean isOpen() {
        return !dialog.isDisposed() && dialog.isVisible();
    }

    public Shell shell() {
        return dialog;
    }

    /** @return a label's text without mnemonics and a trailing colon */
    private static String plain(String label) {
        return WidgetFinder.withoutMnemonics(label).replaceAll(":$", "").strip();
    }

    private Text field(String label) {
        Label found = WidgetFinder.first(dialog, Label.class,
                candidate -> plain(candidate.getText()).equals(plain(label)))
                .orElseThrow(() -> new AssertionError("no label " + label + " in:\n" + shownText()));
        Control[] siblings = found.getParent().getChildren();
        for (int i = Arrays.asList(siblings).indexOf(found) + 1; i < siblings.length; i++) {
            if (siblings[i] instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no field after " + label);
    }
}
