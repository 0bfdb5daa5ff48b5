package org.casenotes.ui.preferences;

import org.casenotes.core.rules.registry.RuleCatalogue;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Preference page for the agency's settings: the late-entry window, the idle lock, which rule packs are in force,
 * the severity the agency gives single rules, and the letterhead on every letter (name, address, phone, fax). Sign,
 * the caseload findings view and New Letter use them.
 */
public final class AgencySettingsPage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AgencySettingsPage() {
        super(GRID);
        setDescription("Agency policies applied when notes are checked and signed.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, CasenotesPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor window = new IntegerFieldEditor(CasenotesPreferences.LATE_ENTRY_WINDOW_DAYS,
                "&Late entry after (days after the session):", getFieldEditorParent());
        window.setValidRange(0, 60);
        addField(window);
        IntegerFieldEditor idle = new IntegerFieldEditor(CasenotesPreferences.IDLE_LOCK_MINUTES,
                "&Lock the caseload after idle minutes:", getFieldEditorParent());
        idle.setValidRange(1, 240);
        addField(idle);
        addField(new RulePacksEditor(RuleCatalogue.installed().packs(), getFieldEditorParent()));
        addField(new SeverityListEditor(getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.AGENCY_NAME, "Letterhead: agency &name:",
                getFieldEditorParent()));
        addField(new AddressEditor(getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.AGENCY_PHONE, "Letterhead: &phone:",
                getFieldEditorParent()));
        addField(new StringFieldEditor(CasenotesPreferences.AGENCY_FAX, "Letterhead: &fax:", getFieldEditorParent()));
    }

    /** The letterhead's address, on several lines. */
    private static final class AddressEditor extends StringFieldEditor {

        AddressEditor(org.eclipse.swt.widgets.Composite parent) {
            super(CasenotesPreferences.AGENCY_ADDRESS, "Letterhead: &address:", UNLIMITED, 3, VALIDATE_ON_KEY_STROKE,
                    parent);
        }
    }

    /** The severity overrides, checked as they are typed. */
    private static final class SeverityListEditor extends StringFieldEditor {

        SeverityListEditor(org.eclipse.swt.widgets.Composite parent) {
            super(CasenotesPreferences.RULE_SEVERITIES, "Rule &severities (rule.id=ERROR, ...):", parent);
        }

        @Override
        protected boolean doCheckState() {
            try {
                CasenotesPreferences.parseSeverities(getStringValue());
                return true;
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return false;
            }
        }
    }
}
