package org.casenotes.ui.preferences;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casenotes.core.rules.AgencyRulePolicy;
import org.casenotes.core.rules.RulePackDescriptor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;

/**
 * One check box per installed rule pack (the rule catalogue's, plugins' packs included), kept as the ids of the packs
 * switched off ({@link CasenotesPreferences#PACKS_OFF}). Settings written before packs had ids are read, and replaced
 * when the page is saved.
 */
final class RulePacksEditor extends FieldEditor {

    /** The switches of the settings before packs had ids; cleared when the packs are stored by id. */
    private static final List<String> OLD_SWITCHES = List.of("agency.pack.language", "agency.pack.completeness",
            "agency.pack.payer", "agency.pack.integrity");

    private final List<RulePackDescriptor> packs;
    private final Map<String, Button> boxes = new LinkedHashMap<>();
    private Group group;

    RulePacksEditor(List<RulePackDescriptor> packs, Composite parent) {
        this.packs = List.copyOf(packs);
        init(CasenotesPreferences.PACKS_OFF, "Rule packs in force");
        createControl(parent);
    }

    @Override
    protected void adjustForNumColumns(int numColumns) {
        ((GridData) group.getLayoutData()).horizontalSpan = numColumns;
    }

    @Override
    protected void doFillIntoGrid(Composite parent, int numColumns) {
        group = new Group(parent, SWT.NONE);
        group.setText(getLabelText());
        group.setLayout(new GridLayout(1, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, numColumns, 1));
        for (RulePackDescriptor pack : packs) {
            Button box = new Button(group, SWT.CHECK);
            box.setText(pack.name() + " (" + pack.id() + ")");
            box.setToolTipText(pack.description().isEmpty() ? pack.id() : pack.description());
            boxes.put(pack.id(), box);
        }
    }

    @Override
    protected void doLoad() {
        show(AgencyRulePolicy.read(key -> stored(getPreferenceStore(), key, false)).packsOff());
    }

    @Override
    protected void doLoadDefault() {
        show(AgencyRulePolicy.read(key -> stored(getPreferenceStore(), key, true)).packsOff());
    }

    @Override
    protected void doStore() {
        Set<String> off = new LinkedHashSet<>(AgencyRulePolicy.read(
                key -> stored(getPreferenceStore(), key, false)).packsOff());
        boxes.forEach((id, box) -> {
            if (box.getSelection()) {
                off.remove(id);
            } else {
                off.add(id);
            }
        });
        getPreferenceStore().setValue(getPreferenceName(), AgencyRulePolicy.packsOffValue(off));
        OLD_SWITCHES.forEach(getPreferenceStore()::setToDefault);
    }

    @Override
    public int getNumberOfControls() {
        return 1;
    }

    private void show(Set<String> off) {
        boxes.forEach((id, box) -> box.setSelection(!off.contains(id)));
    }

    private static String stored(IPreferenceStore store, String key, boolean defaults) {
        if (defaults) {
            return OLD_SWITCHES.contains(key) ? null : store.getDefaultString(key);
        }
        return store.contains(key) ? store.getString(key) : null;
    }
}
