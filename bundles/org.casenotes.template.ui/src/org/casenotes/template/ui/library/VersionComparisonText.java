package org.casenotes.template.ui.library;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** A read-only, monospaced text area that shows a version comparison (the form's changes, then the text diff). */
final class VersionComparisonText {

    private VersionComparisonText() {
    }

    static Text create(Composite parent) {
        Text text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
        layout.widthHint = 760;
        layout.heightHint = 420;
        text.setLayoutData(layout);
        return text;
    }
}
