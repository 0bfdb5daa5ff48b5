package org.casenotes.ui.forms.internal;

import java.util.Optional;

import org.casenotes.core.forms.ValueFit;
import org.casenotes.model.form.Field;
import org.casenotes.model.record.FieldValue;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Under a field, in red, the stored value that no longer fits it (see {@link ValueFit}), with an error decoration on
 * the field, until the clinician changes the value. A value written before a template change, or imported, may be of
 * another type ("abc" in a number field) or name an option the template dropped; it is shown as it is stored and kept.
 */
final class MisfitNotice {

    private final Label label;
    private final FieldFindings findings;

    MisfitNotice(Composite field, FormToolkit toolkit, FieldFindings findings) {
        this.findings = findings;
        label = toolkit.createLabel(field, "", SWT.WRAP);
        label.setForeground(field.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        label.setLayoutData(data);
        label.setVisible(false);
    }

    /** @return what the notice says about {@code value} stored in {@code field}, or empty if the value fits */
    static Optional<String> problem(Field field, FieldValue value) {
        return ValueFit.misfit(field, value).map(why -> "Stored value \u201c" + ValueFit.inWords(value)
                + "\u201d does not fit this field: " + why + ". It is kept until you change it.");
    }

    /** Shows {@code problem}, or hides the notice with {@code null}; @return whether the layout changed */
    boolean show(String problem) {
        findings.showStoredProblem(problem);
        if (problem != null && !problem.equals(label.getText())) {
            label.setText(problem);
        }
        return ElementView.show(label, problem != null);
    }

    /** @return what the notice says, while it is shown */
    Optional<String> text() {
        return label.getVisible() ? Optional.of(label.getText()) : Optional.empty();
    }
}
