package org.casenotes.ui.caseload;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.WrongPassphraseException;
import org.casenotes.store.server.AgencySession;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Open Agency Server: the server's address, the account's user id and password, and the servers opened
 * before (without their passwords). The account signs in before the dialog closes, so a wrong password, an expired
 * account, a revoked role or a server that cannot be reached is said here, in the server's words, and can be
 * corrected; nothing is read from the server until it succeeds.
 */
final class OpenAgencyServerDialog extends Dialog {

    /** The dialog's title. */
    static final String TITLE = "Open Agency Server";

    private final List<KnownAgencyServer> servers;
    private final BiFunction<KnownAgencyServer, char[], AgencySession> signIn;
    private org.eclipse.swt.widgets.List recent;
    private Text url;
    private Text user;
    private Text password;
    private Label problem;
    private AgencySession opened;
    private KnownAgencyServer chosen;

    /**
     * @param recentOnes the servers opened before, most recent first
     * @param signIn     signs an account in to a server (the password is wiped by it)
     */
    OpenAgencyServerDialog(Shell parent, List<KnownAgencyServer> recentOnes,
            BiFunction<KnownAgencyServer, char[], AgencySession> signIn) {
        super(parent);
        this.servers = List.copyOf(recentOnes);
        this.signIn = signIn;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Sign in to your agency's Casenotes server. Your agency's IT gives you its address (use"
                + " sslmode=verify-full) and your account.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(intro);
        if (!servers.isEmpty()) {
            Label recentLabel = new Label(area, SWT.NONE);
            recentLabel.setText("&Recent servers:");
            GridDataFactory.fillDefaults().span(2, 1).applyTo(recentLabel);
            recent = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(600, 80).applyTo(recent);
            servers.forEach(server -> recent.add(server.name()));
            recent.addListener(SWT.Selection, event -> fillFrom(recent.getSelectionIndex()));
        }
        url = field(area, "Server &address (JDBC URL):", SWT.BORDER);
        url.setMessage("jdbc:postgresql://db.agency.example/casenotes?sslmode=verify-full");
        user = field(area, "&User id:", SWT.BORDER);
        password = field(area, "&Password:", SWT.BORDER | SWT.PASSWORD);
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, SWT.DEFAULT).applyTo(problem);
        if (!servers.isEmpty()) {
            recent.select(0);
            fillFrom(0);
            password.setFocus();
        } else {
            url.setFocus();
        }
        return area;
    }

    private static Text field(Composite area, String label, int style) {
        Label name = new Label(area, SWT.NONE);
        name.setText(label);
        Text text = new Text(area, style);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        return text;
    }

    private void fillFrom(int index) {
        if (index >= 0) {
            url.setText(servers.get(index).url());
            user.setText(servers.get(index).userId());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        if (url.getText().isBlank() || user.getText().isBlank()) {
            refuse("Enter the server's address and your user id.");
            return;
        }
        char[] secret = password.getTextChars();
        if (secret.length == 0) {
            refuse("Enter your password.");
            return;
        }
        KnownAgencyServer server = new KnownAgencyServer(url.getText(), user.getText());
        try {
            BusyIndicator.showWhile(getShell().getDisplay(), () -> opened = signIn.apply(server, secret));
        } catch (WrongPassphraseException e) {
            password.setText("");
            refuse(e.getMessage());
            return;
        } catch (CaseloadStoreException | IllegalArgumentException e) {
            refuse(e.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        chosen = server;
        super.okPressed();
    }

    private void refuse(String reason) {
        problem.setText(reason);
        getShell().layout(true, true);
    }

    /** @return the session signed in, once the dialog closed with Open */
    AgencySession opened() {
        return opened;
    }

    /** @return which server and account that is */
    KnownAgencyServer server() {
        return chosen;
    }
}
