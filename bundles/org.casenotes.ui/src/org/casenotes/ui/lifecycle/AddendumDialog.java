package org.casenotes.ui.lifecycle;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for an addendum's reason and text, showing who adds it and when. */
final class AddendumDialog extends TitleAreaDialog {

    private final String author;
    private Text reasonField;
    private Text textField;
    private String reason = "";
    private String text = "";

    AddendumDialog(Shell parent, String author) {
        super(parent);
        this.author = author;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add Addendum");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Add Addendum");
        setMessage("The signed note stays as it is; the addendum is added after it.");
        Composite body = new Composite(area, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Author:");
        new Label(body, SWT.NONE).setText(author);
        new Label(body, SWT.NONE).setText("Time:");
        new Label(body, SWT.NONE).setText(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(LocalDateTime.now()) + " (recorded when you press Add)");
        new Label(body, SWT.NONE).setText("&Reason:");
        reasonField = new Text(body, SWT.BORDER);
        reasonField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label textLabel = new Label(body, SWT.NONE);
        textLabel.setText("&Addendum:");
        textLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        textField = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData textData = new GridData(SWT.FILL, SWT.FILL, true, true);
        textData.heightHint = 120;
        textData.widthHint = 420;
        textField.setLayoutData(textData);
        reasonField.addListener(SWT.Modify, event -> validate());
        textField.addListener(SWT.Modify, event -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Add", true).setEnabled(false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        reason = reasonField.getText().strip();
        text = textField.getText().strip();
        super.okPressed();
    }

    private void validate() {
        boolean complete = !reasonField.getText().isBlank() && !textField.getText().isBlank();
        getButton(IDialogConstants.OK_ID).setEnabled(complete);
        setErrorMessage(complete ? null : "An addendum needs both a reason and its text.");
    }

    String reason() {
        return reason;
    }

    String text() {
        return text;
    }
}
