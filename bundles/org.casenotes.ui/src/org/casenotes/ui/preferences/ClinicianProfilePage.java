package org.casenotes.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Preference page for the clinician's profile: user id, name and credentials shown on signatures, the license number,
 * phone and e-mail letters use, supervisor role, and whether the clinician practises under supervision (asked here
 * once instead of on every note).
 */
public final class ClinicianProfilePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public ClinicianProfilePage() {
        super(GRID);
        setDescription("Your name and credentials appear on every note you sign.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CasenotesPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        StringFieldEditor id = new StringFieldEditor(CasenotesPreferences.CLINICIAN_ID, "&User id:",
                getFieldEditorParent());
        id.setEmptyStringAllowed(false);
        addField(id);
        StringFieldEditor name = new StringFieldEditor(CasenotesPreferences.CLINICIAN_NAME, "&Name:",
                getFieldEditorParent());
        name.setEmptyStringAllowed(false);
        addField(name);
        addField(new StringFieldEditor(CasenotesPreferences.CLINICIAN_CREDENTIALS, "&Credentials (e.g. LCSW):",
                getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.CLINICIAN_LICENSE, "&License number (for letters):",
                getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.CLINICIAN_PHONE, "&Phone (for letters):",
                getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.CLINICIAN_EMAIL, "&E-mail (for letters):",
                getFieldEditorParent()));
        addField(new BooleanFieldEditor(CasenotesPreferences.CLINICIAN_SUPERVISOR,
                "I &supervise other clinicians (return and co-sign their notes)", getFieldEditorParent()));
        addField(new BooleanFieldEditor(CasenotesPreferences.CLINICIAN_UNDER_SUPERVISION,
                "I practise under supervisi&on (pre-licensure): every new note says so", getFieldEditorParent()));
    }
}
