package org.casenotes.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Preference page for automatic backups ({@link BackupSchedule}): a forgotten passphrase cannot be recovered, so
 * what protects a caseload is an encrypted backup kept somewhere else, made without anyone remembering to.
 */
public final class BackupsPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public BackupsPage() {
        super(GRID);
        setDescription("While a caseload of your own is open, Casenotes backs it up in the background, encrypted"
                + " under its passphrase, when the last automatic backup is older than the interval (checked when"
                + " it opens and every hour). Choose a folder on another drive. The demo caseload is never backed"
                + " up.");
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, CasenotesPreferences.NODE);
        store.setDefault(BackupSchedule.EVERY_DAYS, BackupSchedule.DEFAULT_EVERY_DAYS);
        store.setDefault(BackupSchedule.KEEP, BackupSchedule.DEFAULT_KEEP);
        setPreferenceStore(store);
    }

    /** Shown while automatic backups are on but no folder is chosen. */
    public static final String NO_FOLDER = "Choose a folder for the backups.";

    private BooleanFieldEditor enabled;
    private DirectoryFieldEditor folder;

    @Override
    protected void createFieldEditors() {
        enabled = new BooleanFieldEditor(BackupSchedule.ENABLED, "&Back up my caseloads automatically",
                getFieldEditorParent());
        addField(enabled);
        IntegerFieldEditor every = new IntegerFieldEditor(BackupSchedule.EVERY_DAYS, "&Every (days):",
                getFieldEditorParent());
        every.setValidRange(1, 90);
        addField(every);
        folder = new DirectoryFieldEditor(BackupSchedule.FOLDER, "&To folder:", getFieldEditorParent());
        folder.setErrorMessage("The backup folder must be an existing folder.");
        addField(folder);
        IntegerFieldEditor keep = new IntegerFieldEditor(BackupSchedule.KEEP, "&Keep the newest (backups):",
                getFieldEditorParent());
        keep.setValidRange(1, 100);
        addField(keep);
    }

    /** Refuses to keep automatic backups turned on without a folder, which would back up nothing. */
    @Override
    public boolean performOk() {
        if (enabled.getBooleanValue() && folder.getStringValue().isBlank()) {
            setErrorMessage(NO_FOLDER);
            return false;
        }
        return super.performOk();
    }
}
