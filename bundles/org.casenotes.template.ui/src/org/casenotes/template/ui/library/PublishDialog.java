package org.casenotes.template.ui.library;

import org.casenotes.template.agency.VersionComparison;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks the designer to confirm a publication, showing what it changes against the last published version: once
 * published, the version can never be changed.
 */
final class PublishDialog extends Dialog {

    /** The label of the button that publishes. */
    static final String PUBLISH = "Publish";

    private final VersionComparison changes;
    private Text shown;

    PublishDialog(Shell parent, VersionComparison changes) {
        super(parent);
        this.changes = changes;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Publish " + changes.templateId());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label explanation = new Label(area, SWT.WRAP);
        explanation.setText("Publishing makes the " + changes.newer() + " available to clinicians for new notes. "
                + "A published version never changes: notes written on it keep it. Editing then continues in the "
                + "next version.\nChanges against " + changes.older() + ":");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 760;
        explanation.setLayoutData(wide);
        shown = VersionComparisonText.create(area);
        shown.setText(changes.describe());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, PUBLISH, false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, true);
    }

    /** @return the comparison text shown, for tests */
    String shownText() {
        return shown.getText();
    }
}
