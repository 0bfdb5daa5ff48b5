package org.casenotes.ui.caseload;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for the passphrase of an encrypted caseload; shows why the last attempt failed, if it did. */
final class UnlockDialog extends Dialog {

    private final String title;
    private final String explanation;
    private final String error;
    private Text passphrase;
    private char[] entered;

    /**
     * @param explanation why the passphrase is asked for, e.g. "The caseload in ... is encrypted."
     * @param error       why the last attempt failed, or null
     */
    UnlockDialog(Shell parent, String explanation, String error) {
        this(parent, "Unlock caseload", explanation, error);
    }

    /**
     * @param title       the window's title
     * @param explanation why the passphrase is asked for
     * @param error       why the last attempt failed, or null
     */
    UnlockDialog(Shell parent, String title, String explanation, String error) {
        super(parent);
        this.title = title;
        this.explanation = explanation;
        this.error = error;
    }

    /** @return the explanation when a caseload is opened */
    static String opening(String location) {
        return "The caseload in " + location + " is encrypted. Enter its passphrase to open it.";
    }

    /** @return the explanation when one of the clinician's own caseloads is opened */
    static String opening(KnownCaseload caseload) {
        return caseload.agencyName().isEmpty() ? opening(caseload.location().toString())
                : "The caseload of " + caseload.agencyName() + " in " + caseload.location()
                        + " is encrypted. Enter its passphrase to open it.";
    }

    /**
     * @param caseload what the caseload is called where it shows ({@link CaseloadSession#name()})
     * @return the explanation when a caseload locked itself after the agency's idle time
     */
    static String lockedWhileIdle(String caseload) {
        return "Casenotes locked the caseload \u201c" + caseload + "\u201d because it was not used for a while."
                + " Enter its passphrase to continue; open notes keep what you wrote.";
    }

    /**
     * @param caseload what the agency server's caseload is called where it shows ({@link CaseloadSession#name()})
     * @return the explanation when an agency server's session was locked (its connection closed) after idle time
     */
    static String signedOutWhileIdle(String caseload) {
        return "Casenotes locked \u201c" + caseload + "\u201d and closed its connection to the agency server because"
                + " it was not used for a while. Enter your account's password to continue; open notes keep what you"
                + " wrote.";
    }

    /**
     * @param caseload what the caseload is called where it shows ({@link CaseloadSession#name()})
     * @return the explanation when the store closed the caseload because a save could not be written
     */
    static String closedAfterFailedSave(String caseload) {
        return "Casenotes closed the caseload \u201c" + caseload + "\u201d because a save could not be written to its"
                + " disk (full, read-only or failing); everything saved before is kept. Make room on that disk (or"
                + " make it writable), then enter the passphrase to open the caseload again; open notes keep what you"
                + " wrote.";
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);
        Label message = new Label(area, SWT.WRAP);
        message.setText(explanation);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(message);
        passphrase = new Text(area, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(passphrase);
        if (error != null) {
            Label problem = new Label(area, SWT.WRAP);
            problem.setText(error);
            problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        entered = passphrase.getText().toCharArray();
        super.okPressed();
    }

    /** @return the passphrase entered, or null if the dialog was cancelled */
    char[] passphrase() {
        return entered;
    }
}
