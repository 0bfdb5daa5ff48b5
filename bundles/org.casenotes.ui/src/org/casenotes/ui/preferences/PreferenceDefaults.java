package org.casenotes.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;

/** Registers the defaults of {@link CasenotesPreferences} with the preference service. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        CasenotesPreferences.initializeDefaults();
    }
}
