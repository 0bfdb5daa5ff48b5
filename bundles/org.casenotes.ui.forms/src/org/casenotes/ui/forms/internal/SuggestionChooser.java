package org.casenotes.ui.forms.internal;

import java.util.List;
import java.util.function.Consumer;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.SuggestedEdit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The quick-fix chooser Ctrl+1 opens under a flagged word: what the finding says, and its suggestions to choose
 * from (Enter or a double-click applies the selected one, Escape or a click elsewhere closes it and changes
 * nothing). Words flagged without a suggested rewording say so instead of doing nothing.
 */
final class SuggestionChooser {

    /** The shell's data key under which tests find the chooser. */
    static final String KEY = "org.casenotes.quickFixChooser";

    private final Shell shell;
    private final Table choices;

    private SuggestionChooser(StyledText text, Finding finding, List<SuggestedEdit> edits,
            Consumer<SuggestedEdit> apply) {
        shell = new Shell(text.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        shell.setData(KEY, this);
        shell.setText("Quick fix");
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 4;
        layout.marginHeight = 4;
        shell.setLayout(layout);
        Label message = new Label(shell, SWT.WRAP);
        message.setText(finding.message());
        GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false);
        messageData.widthHint = 360;
        message.setLayoutData(messageData);
        choices = new Table(shell, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (SuggestedEdit edit : edits) {
            TableItem item = new TableItem(choices, SWT.NONE);
            item.setText(edit.label());
            item.setData(edit);
        }
        if (edits.isEmpty()) {
            new TableItem(choices, SWT.NONE).setText("No rewording to suggest: rewrite the words in your own terms.");
        }
        choices.setSelection(0);
        choices.addListener(SWT.DefaultSelection, event -> {
            choose(apply);
            if (!text.isDisposed()) {
                text.setFocus();
            }
        });
        choices.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ESC) {
                close();
                text.setFocus();
            }
        });
        choices.addListener(SWT.FocusOut, event -> shell.getDisplay().asyncExec(() -> {
            if (!shell.isDisposed() && shell.getDisplay().getActiveShell() != shell) {
                close();
            }
        }));
        shell.pack();
        Point caret = text.toDisplay(text.getLocationAtOffset(text.getCaretOffset()));
        shell.setLocation(caret.x, caret.y + text.getLineHeight());
    }

    /** Opens the chooser for {@code finding} at the caret of {@code text}; {@code apply} receives the chosen edit. */
    static SuggestionChooser open(StyledText text, Finding finding, Consumer<SuggestedEdit> apply) {
        SuggestionChooser chooser = new SuggestionChooser(text, finding, finding.suggestions(), apply);
        chooser.shell.open();
        chooser.choices.setFocus();
        return chooser;
    }

    private void choose(Consumer<SuggestedEdit> apply) {
        int index = choices.getSelectionIndex();
        SuggestedEdit edit = index < 0 ? null : (SuggestedEdit) choices.getItem(index).getData();
        close();
        if (edit != null) {
            apply.accept(edit);
        }
    }

    private void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }
}
