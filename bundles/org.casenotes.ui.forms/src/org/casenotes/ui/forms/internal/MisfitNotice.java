package org.casenotes.ui.forms.internal;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Under a field, in red, the stored value that no longer fits it (see {@link StoredValueFit}), with an error
 * decoration on the field, until the clinician changes the value.
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
