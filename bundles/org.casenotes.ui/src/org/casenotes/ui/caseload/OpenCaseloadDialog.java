package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.WrongPassphraseException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; Open Caseload: a caseload from the recent list or a folder chosen with Browse, and its passphrase. The
 * caseload is opened before the dialog closes, so a wrong passphrase (nothing is written then) or a folder that holds
 * no caseload is said here and can be corrected.
 */
final class OpenCaseloadDialog extends Dialog {

    /** The dialog's title. */
    static final String TITLE = "Open Caseload";

    private final CaseloadStoreFactory factory;
    private final String actor;
    private final Path openNow;
    private final List<KnownCaseload> caseloads;
    private org.eclipse.swt.widgets.List recent;
    private Text passphrase;
    private Label problem;
    private CaseloadStore opened;
    private KnownCaseload chosen;

    /**
     * @param factory   opens the caseload
     * @param actor     the clinician's user id, which the caseload's audit log records
     * @param recentOnes the caseloads opened before, most recent first
     * @param openNow   the folder of the caseload open now, or null (it is not opened twice)
     */
    OpenCaseloadDialog(Shell parent, CaseloadStoreFactory factory, String actor, List<KnownCaseload> recentOnes,
            Path openNow) {
        super(parent);
        this.factory = factory;
        this.actor = actor;
        this.caseloads = new ArrayList<>(recentOnes);
        this.openNow = openNow;
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
        intro.setText(caseloads.isEmpty() ? "Choose the folder of the caseload to open."
                : "Recent caseloads. Choose one, or another caseload's folder with Browse.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(intro);
        recent = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(600, 140).applyTo(recent);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("&Browse…");
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(browse);
        browse.addListener(SWT.Selection, event -> browse());
        caseloads.forEach(caseload -> recent.add(entry(caseload)));
        if (!caseloads.isEmpty()) {
            recent.select(0);
        }
        Label label = new Label(area, SWT.NONE);
        label.setText("&Passphrase:");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(label);
        passphrase = new Text(area, SWT.BORDER | SWT.PASSWORD);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(passphrase);
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(640, SWT.DEFAULT).applyTo(problem);
        passphrase.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private static String entry(KnownCaseload caseload) {
        return caseload.name() + "  -  " + caseload.location();
    }

    private void browse() {
        Path start = caseloads.isEmpty() ? null : caseloads.get(0).location();
        FolderChooser.current().choose(getShell(), "Choose the folder of the caseload to open", start)
                .ifPresent(folder -> {
                    KnownCaseload known = RecentCaseloads.ofWorkbench().find(folder)
                            .orElse(new KnownCaseload(folder, "", "", ""));
                    caseloads.removeIf(other -> other.location().equals(known.location()));
                    caseloads.add(0, known);
                    recent.setItems(caseloads.stream().map(OpenCaseloadDialog::entry).toArray(String[]::new));
                    recent.select(0);
                    passphrase.setFocus();
                });
    }

    @Override
    protected void okPressed() {
        int index = recent.getSelectionIndex();
        if (index < 0) {
            refuse("Choose a caseload, or its folder with Browse.");
            return;
        }
        KnownCaseload caseload = caseloads.get(index);
        if (caseload.location().equals(openNow)) {
            refuse("That caseload is open already.");
            return;
        }
        char[] secret = passphrase.getTextChars();
        if (secret.length == 0) {
            refuse("Enter the caseload's passphrase.");
            return;
        }
        try {
            BusyIndicator.showWhile(getShell().getDisplay(),
                    () -> opened = factory.open(caseload.location(), secret, actor));
        } catch (WrongPassphraseException e) {
            passphrase.setText("");
            refuse("That passphrase does not open the caseload in " + caseload.location()
                    + ". Nothing was changed. Try again.");
            return;
        } catch (CaseloadStoreException e) {
            refuse(e.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        chosen = caseload;
        super.okPressed();
    }

    private void refuse(String reason) {
        problem.setText(reason);
        getShell().layout(true, true);
    }

    /** @return the caseload opened, unlocked, once the dialog closed with Open */
    CaseloadStore opened() {
        return opened;
    }

    /** @return which caseload that is */
    KnownCaseload caseload() {
        return chosen;
    }
}
