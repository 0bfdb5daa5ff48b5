package org.casenotes.ui.caseload;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.PassphraseStrength;
import org.casenotes.ui.preferences.ClinicianProfile;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * File &gt; New Caseload: where the caseload goes, whose it is (the agency) and who writes in it (the clinician, whose
 * name and credentials go on signatures), and the passphrase that encrypts it, typed twice under a strength meter.
 * Weak or mismatched passphrases are refused with the reason. Says plainly that a forgotten passphrase cannot be
 * recovered. Creates the caseload (with the store's full key-derivation cost) before it closes, so a folder that
 * cannot hold it is reported here, where it can be changed.
 */
final class NewCaseloadDialog extends Dialog {

    /** The dialog's title. */
    static final String TITLE = "New Caseload";
    /** The warning every new caseload's creator reads. */
    static final String NO_RECOVERY = "Casenotes cannot recover a forgotten passphrase. The caseload is encrypted"
            + " with it, and nobody (not Casenotes, not your agency) can open it without it. Keep it somewhere safe,"
            + " apart from this computer. Back the caseload up regularly (File > Back Up…, or on a schedule:"
            + " Window > Preferences > Backups): a backup protects your notes if this computer is lost or breaks,"
            + " and it opens with the same passphrase.";

    private final CaseloadStoreFactory factory;
    private final Path suggestedParent;
    private final ClinicianProfile knownClinician;
    private Text folder;
    private boolean folderChosen;
    private boolean suggesting;
    private Text agencyName;
    private Text agencyAddress;
    private Text agencyPhone;
    private Text clinicianName;
    private Text credentials;
    private Text userId;
    private Text passphrase;
    private Text repeated;
    private PassphraseMeter meter;
    private Label problem;
    private CaseloadStore created;
    private KnownCaseload caseload;
    private ClinicianProfile clinician;

    /**
     * @param factory         creates the caseload
     * @param suggestedParent where a new caseload's folder is suggested (inside the data folder)
     * @param knownClinician  the clinician's profile to fill in, or null if none was entered yet
     */
    NewCaseloadDialog(Shell parent, CaseloadStoreFactory factory, Path suggestedParent,
            ClinicianProfile knownClinician) {
        super(parent);
        this.factory = factory;
        this.suggestedParent = suggestedParent;
        this.knownClinician = knownClinician;
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
        GridLayoutFactory.swtDefaults().margins(12, 12).applyTo(area);

        Group where = group(area, "Where", 3);
        folder = field(where, "&Folder:");
        Button browse = new Button(where, SWT.PUSH);
        browse.setText("&Browse…");
        browse.addListener(SWT.Selection, event -> browse());
        folder.addListener(SWT.Modify, event -> folderChosen |= !suggesting);

        Group agency = group(area, "Agency", 2);
        agencyName = field(agency, "&Name:");
        agencyAddress = field(agency, "&Address:");
        agencyPhone = field(agency, "P&hone:");
        agencyName.addListener(SWT.Modify, event -> suggestFolder());

        Group you = group(area, "You (your name and credentials go on every note you sign)", 2);
        clinicianName = field(you, "Your na&me:");
        credentials = field(you, "&Credentials (e.g. LCSW):");
        userId = field(you, "&User id:");

        Group secret = group(area, "Passphrase", 2);
        passphrase = field(secret, "&Passphrase:", SWT.PASSWORD);
        meter = new PassphraseMeter(secret, this::personalWords);
        repeated = field(secret, "&Repeat it:", SWT.PASSWORD);
        passphrase.addListener(SWT.Modify, event -> meter.measure(passphrase));
        passphrase.addListener(SWT.Modify, event -> clearRefusal());
        repeated.addListener(SWT.Modify, event -> clearRefusal());
        Label warning = new Label(secret, SWT.WRAP);
        warning.setText(NO_RECOVERY);
        warning.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(warning);

        problem = new Label(area, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(problem);

        fillIn();
        meter.measure(passphrase);
        agencyName.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Create", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    private void fillIn() {
        if (knownClinician != null) {
            clinicianName.setText(knownClinician.name());
            credentials.setText(knownClinician.credentials());
            userId.setText(knownClinician.id());
        } else {
            userId.setText(System.getProperty("user.name", ""));
        }
        suggestFolder();
    }

    /** Follows the agency's name with the suggested folder until the clinician chooses one. */
    private void suggestFolder() {
        if (folderChosen) {
            return;
        }
        String slug = agencyName.getText().strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "");
        suggesting = true;
        try {
            folder.setText(suggestedParent.resolve(slug.isEmpty() ? "caseload" : slug).toString());
        } finally {
            suggesting = false;
        }
    }

    private void browse() {
        FolderChooser.current().choose(getShell(), "Choose an empty folder for the new caseload", folderPath())
                .ifPresent(chosen -> {
                    folder.setText(chosen.toString());
                });
    }

    private List<String> personalWords() {
        return List.of(agencyName.getText(), clinicianName.getText(), userId.getText());
    }

    @Override
    protected void okPressed() {
        String refusal = refusal();
        if (refusal != null) {
            refuse(refusal);
            return;
        }
        char[] secret = passphrase.getTextChars();
        Path location = folderPath();
        String actor = userId.getText().strip();
        try {
            BusyIndicator.showWhile(getShell().getDisplay(), () -> created = factory.create(location, secret, actor));
        } catch (CaseloadStoreException e) {
            refuse("Cannot create the caseload there: " + e.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        caseload = new KnownCaseload(location, agencyName.getText(), agencyAddress.getText(), agencyPhone.getText());
        clinician = new ClinicianProfile(actor, clinicianName.getText().strip(), credentials.getText(), false);
        super.okPressed();
    }

    /** @return why the caseload cannot be created as entered, or null if it can */
    private String refusal() {
        if (folderPath() == null) {
            return "Choose a folder for the caseload.";
        }
        if (agencyName.getText().isBlank()) {
            return "Enter the agency's name.";
        }
        if (clinicianName.getText().isBlank() || userId.getText().isBlank()) {
            return "Enter your name and user id: they go on every note you sign.";
        }
        PassphraseStrength strength = meter.strength().orElse(null);
        if (strength == null) {
            return "Choose a passphrase.";
        }
        if (!strength.acceptable()) {
            return "This passphrase is too easy to guess (" + strength.verdict() + "). " + strength.advice();
        }
        if (!Arrays.equals(passphrase.getTextChars(), repeated.getTextChars())) {
            return "The two passphrases are not the same. Type the same passphrase twice.";
        }
        return null;
    }

    /** A refusal about the passphrase is out of date once either entry changes. */
    private void clearRefusal() {
        if (!problem.getText().isEmpty()) {
            refuse("");
        }
    }

    private void refuse(String reason) {
        problem.setText(reason);
        problem.getParent().layout(true, true);
        getShell().layout(true, true);
    }

    private Path folderPath() {
        String text = folder.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** @return the new caseload, open and unlocked, once the dialog closed with Create */
    CaseloadStore created() {
        return created;
    }

    /** @return where the new caseload is and whose it is */
    KnownCaseload caseload() {
        return caseload;
    }

    /** @return the clinician as entered */
    ClinicianProfile clinician() {
        return clinician;
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private static Text field(Composite parent, String label) {
        return field(parent, label, SWT.NONE);
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | style);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
        return text;
    }
}
