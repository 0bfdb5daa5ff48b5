package org.casenotes.ui.lifecycle;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import org.casenotes.core.lifecycle.AddendumWording;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleSettings;

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

/**
 * Asks for an addendum's reason and text, showing who adds it and when, with their wording checked as a note's is
 * on every change ({@link AddendumWording}): the findings are listed under the text, and Add waits while one is an
 * error.
 */
final class AddendumDialog extends TitleAreaDialog {

    private final String author;
    private final AddendumWording wording;
    private final RuleSettings agency;
    private org.eclipse.swt.widgets.List findings;
    private Text reasonField;
    private Text textField;
    private String reason = "";
    private String text = "";

    AddendumDialog(Shell parent, String author, AddendumWording wording, RuleSettings agency) {
        super(parent);
        this.author = author;
        this.wording = wording;
        this.agency = agency;
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
        new Label(body, SWT.NONE).setText("Wording:");
        findings = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        findingsData.heightHint = 70;
        findingsData.widthHint = 420;
        findings.setLayoutData(findingsData);
        findings.add("No wording problems.");
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
        List<Finding> found = wording.check(reasonField.getText(), textField.getText(), agency);
        findings.removeAll();
        for (Finding finding : found) {
            findings.add(line(finding));
        }
        if (found.isEmpty()) {
            findings.add("No wording problems.");
        }
        boolean complete = !reasonField.getText().isBlank() && !textField.getText().isBlank();
        boolean errors = AddendumWording.hasErrors(found);
        getButton(IDialogConstants.OK_ID).setEnabled(complete && !errors);
        setErrorMessage(!complete ? "An addendum needs both a reason and its text."
                : errors ? "Change the words marked ERROR: an addendum cannot be changed once added." : null);
    }

    private String line(Finding finding) {
        String where = AddendumWording.REASON.equals(finding.fieldId()) ? "Reason" : "Addendum";
        return finding.severity() + " in " + where + ": " + finding.message();
    }

    /** @return the wording findings shown, one line each (for tests) */
    List<String> findingLines() {
        return List.of(findings.getItems());
    }

    String reason() {
        return reason;
    }

    String text() {
        return text;
    }
}
