package org.casenotes.ui.record;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * What is wrong with a record dialog's fields, said right under each checked field in dark red, shown only while
 * something is wrong. The record's own rules name the problems by field label (e.g. {@code ClientDetails#problems},
 * {@code Admission#problems}); this shows them where the clinician is typing.
 */
final class FieldProblems {

    private final Map<String, Label> lines = new LinkedHashMap<>();

    /**
     * Adds the (hidden) line for the field labelled {@code label}, spanning the two columns of {@code body} below
     * the field just added.
     */
    void lineUnder(Composite body, String label, int widthHint) {
        Label line = new Label(body, SWT.WRAP);
        line.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(widthHint, SWT.DEFAULT).exclude(true)
                .applyTo(line);
        line.setVisible(false);
        lines.put(label, line);
    }

    /** @return how many fields have a line, so that a dialog can wait until all its fields exist */
    int count() {
        return lines.size();
    }

    /**
     * Shows each field's problem under it and hides the lines of fields without one, then lays out {@code body} and
     * lets {@code shell} grow if the lines need room it did not have when it opened.
     */
    void show(Map<String, String> problems, Composite body, Shell shell) {
        lines.forEach((label, line) -> {
            String problem = problems.getOrDefault(label, "");
            line.setText(problem);
            line.setVisible(!problem.isEmpty());
            ((GridData) line.getLayoutData()).exclude = problem.isEmpty();
        });
        body.layout(true, true);
        if (shell == null || !shell.isVisible()) {
            return;
        }
        int wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT).y;
        if (wanted > shell.getSize().y) {
            shell.setSize(shell.getSize().x, wanted);
        }
    }
}
