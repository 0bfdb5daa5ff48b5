package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.registry.RuleCatalogue;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.preferences.AgencySettings;
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
        RuleSettings settings = new AgencySettings(3, 15, Set.of(),
                Map.of("language.jargon", "OFF", "payer.cpt-time", "WARNING")).ruleSettings();
        assertFalse(settings.isEnabled("language.jargon"));
        assertEquals(Optional.of(Severity.WARNING), settings.severityOverride("payer.cpt-time"));
    }

    @Test
    void packsSwitchedOffByIdDoNotRun() {
        Note note = RecordFactory.eINSTANCE.createNote();
        note.setDateOfService(LocalDate.of(2026, 1, 5));
        note.setCreatedAt(Instant.parse("2026-01-05T17:00:00Z"));
        FormDefinition form = FormFactory.eINSTANCE.createFormDefinition();
        form.setKind(FormKind.PROGRESS);
        Clock later = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
        WorkbenchRules withoutPayer = new WorkbenchRules(new AgencySettings(3, 15, Set.of("org.casenotes.core.payer"),
                Map.of()), later);
        assertTrue(withoutPayer.check(note, form, null).stream().noneMatch(f -> f.ruleId().startsWith("payer.")));
        WorkbenchRules all = new WorkbenchRules(new AgencySettings(3, 15, Set.of(), Map.of()), later);
        assertTrue(all.check(note, form, null).stream().anyMatch(f -> f.ruleId().equals("payer.timeliness")),
                "an unsigned note long after its window");
        assertSame(RuleCatalogue.installed().engine(RulePolicy.DEFAULT, later), all.engine(),
                "the workbench (and the editors it opens) run the catalogue's engine, as casenotes audit does");
    }

    @Test
    void settingsThatSwitchedPacksByTheirOldNamesAreStillRead() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        try {
            preferences.putBoolean("agency.pack.language", false);
            preferences.putBoolean("agency.pack.payer", true);
            assertEquals(Set.of("org.casenotes.core.language", "org.casenotes.core.privacy"),
                    CasenotesPreferences.agency().packsOff());
        } finally {
            preferences.clear();
            preferences.flush();
        }
    }

    @Test
    void theProfileAndSettingsComeFromTheInstancePreferencesWithDemoDefaults() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        try {
            assertEquals(new ClinicianProfile("clin-vale", "Robin Vale", "LCSW", false), CasenotesPreferences.profile());
            preferences.put(CasenotesPreferences.CLINICIAN_CREDENTIALS, "LMSW");
            preferences.putInt(CasenotesPreferences.LATE_ENTRY_WINDOW_DAYS, 5);
            preferences.put(CasenotesPreferences.PACKS_OFF, "org.casenotes.core.integrity");
            assertEquals("Robin Vale, LMSW", CasenotesPreferences.profile().signatureLine());
            assertEquals(5, CasenotesPreferences.agency().lateEntryWindowDays());
            assertFalse(CasenotesPreferences.agency().uses("org.casenotes.core.integrity"));
            assertEquals("LMSW", CasenotesPreferences.profile().toClinician().getCredentials());
        } finally {
            preferences.clear();
            preferences.flush();
        }
    }
}
