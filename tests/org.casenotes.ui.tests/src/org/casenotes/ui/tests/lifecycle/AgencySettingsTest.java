package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.preferences.AgencySettings;
import org.casenotes.ui.preferences.AgencySettings.RulePack;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.preferences.ClinicianProfile;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;

/** The agency settings and clinician profile of the preferences, and how they shape the rules. */
class AgencySettingsTest {

    @Test
    void severityOverridesAreParsedAndBadEntriesNamed() {
        assertEquals(Map.of("language.jargon", "OFF", "payer.cpt-time", "WARNING"),
                CasenotesPreferences.parseSeverities("language.jargon=off,\n payer.cpt-time = Warning"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CasenotesPreferences.parseSeverities("language.jargon=loud"));
        assertTrue(bad.getMessage().contains("language.jargon=loud"), bad.getMessage());
    }

    @Test
    void overridesBecomeRuleSettings() {
        RuleSettings settings = new AgencySettings(3, 15, EnumSet.allOf(RulePack.class),
                Map.of("language.jargon", "OFF", "payer.cpt-time", "WARNING")).ruleSettings();
        assertFalse(settings.isEnabled("language.jargon"));
        assertEquals(Optional.of(Severity.WARNING), settings.severityOverride("payer.cpt-time"));
    }

    @Test
    void packsSwitchedOffLeaveTheRuleEngine() {
        WorkbenchRules withoutPayer = new WorkbenchRules(new AgencySettings(3, 15,
                EnumSet.of(RulePack.LANGUAGE, RulePack.COMPLETENESS), Map.of()), Clock.systemDefaultZone());
        assertTrue(withoutPayer.engine().rules().stream().noneMatch(rule -> rule.id().startsWith("payer.")));
        assertTrue(withoutPayer.engine().rules().stream().anyMatch(rule -> rule.id().equals("language.judgmental")));
        WorkbenchRules all = new WorkbenchRules(new AgencySettings(3, 15, EnumSet.allOf(RulePack.class), Map.of()),
                Clock.systemDefaultZone());
        assertTrue(all.engine().rules().stream().anyMatch(rule -> rule.id().startsWith("payer.")));
    }

    @Test
    void theProfileAndSettingsComeFromTheInstancePreferencesWithDemoDefaults() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        try {
            assertEquals(new ClinicianProfile("clin-vale", "Robin Vale", "LCSW", false), CasenotesPreferences.profile());
            preferences.put(CasenotesPreferences.CLINICIAN_CREDENTIALS, "LMSW");
            preferences.putInt(CasenotesPreferences.LATE_ENTRY_WINDOW_DAYS, 5);
            preferences.putBoolean(CasenotesPreferences.packKey(RulePack.INTEGRITY), false);
            assertEquals("Robin Vale, LMSW", CasenotesPreferences.profile().signatureLine());
            assertEquals(5, CasenotesPreferences.agency().lateEntryWindowDays());
            assertFalse(CasenotesPreferences.agency().uses(RulePack.INTEGRITY));
            assertEquals("LMSW", CasenotesPreferences.profile().toClinician().getCredentials());
        } finally {
            preferences.clear();
            preferences.flush();
        }
    }
}
