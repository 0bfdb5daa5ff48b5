package org.casenotes.ui.preferences;

import java.util.Map;

import org.casenotes.core.rules.AgencyRulePolicy;
import org.casenotes.core.rules.RulePolicy;
import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.Letterhead;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The clinician profile and agency settings, kept in the workbench's instance preferences (node
 * {@value #NODE}) with defaults for the demo agency's clinician. Sign, the new-note wizard and the caseload
 * findings view read them here each time they run, so a change on a preference page applies at once.
 */
public final class CasenotesPreferences {

    /** The preference node. */
    public static final String NODE = "org.casenotes.ui";
    /** The clinician's user id. */
    public static final String CLINICIAN_ID = "clinician.id";
    /** The clinician's name. */
    public static final String CLINICIAN_NAME = "clinician.name";
    /** The clinician's credentials. */
    public static final String CLINICIAN_CREDENTIALS = "clinician.credentials";
    /** Whether the clinician is a supervisor. */
    public static final String CLINICIAN_SUPERVISOR = "clinician.supervisor";
    /**
     * Whether the clinician practises under supervision (pre-licensure): answered once here, and the answer of every
     * new note's supervision question.
     */
    public static final String CLINICIAN_UNDER_SUPERVISION = "clinician.underSupervision";
    /** The clinician's license number, merged into letters. */
    public static final String CLINICIAN_LICENSE = "clinician.licenseNumber";
    /** The clinician's phone number, merged into letters. */
    public static final String CLINICIAN_PHONE = "clinician.phone";
    /** The clinician's e-mail address, merged into letters. */
    public static final String CLINICIAN_EMAIL = "clinician.email";
    /** The agency's name on its letterhead. */
    public static final String AGENCY_NAME = "agency.name";
    /** The agency's postal address on its letterhead (several lines allowed). */
    public static final String AGENCY_ADDRESS = "agency.address";
    /** The agency's phone number on its letterhead. */
    public static final String AGENCY_PHONE = "agency.phone";
    /** The agency's fax number on its letterhead. */
    public static final String AGENCY_FAX = "agency.fax";
    /** Days after the day of service before a note is a late entry. */
    public static final String LATE_ENTRY_WINDOW_DAYS = AgencyRulePolicy.SIGNING_WINDOW_DAYS;
    /** Ids of the rule packs switched off, separated by commas. */
    public static final String PACKS_OFF = AgencyRulePolicy.PACKS_OFF;
    /** Minutes of inactivity before the caseload locks. */
    public static final String IDLE_LOCK_MINUTES = "agency.idleLockMinutes";
    /** Severity overrides, "ruleId=SEVERITY" separated by commas or new lines. */
    public static final String RULE_SEVERITIES = AgencyRulePolicy.RULE_SEVERITIES;

    private CasenotesPreferences() {
    }

    /** Writes the defaults: the demo agency's clinician Robin Vale, LCSW, a 3-day window, all packs. */
    public static void initializeDefaults() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
        defaults.put(CLINICIAN_ID, "clin-vale");
        defaults.put(CLINICIAN_NAME, "Robin Vale");
        defaults.put(CLINICIAN_CREDENTIALS, "LCSW");
        defaults.putBoolean(CLINICIAN_SUPERVISOR, false);
        defaults.putBoolean(CLINICIAN_UNDER_SUPERVISION, false);
        defaults.putInt(LATE_ENTRY_WINDOW_DAYS, 3);
        defaults.putInt(IDLE_LOCK_MINUTES, 15);
        defaults.put(PACKS_OFF, "");
        defaults.put(RULE_SEVERITIES, "");
        defaults.put(AGENCY_NAME, "Riverbend Community Counseling");
        defaults.put(AGENCY_ADDRESS, "40 Mill Street\nRiverbend, NH 03000");
        defaults.put(AGENCY_PHONE, "(555) 0100-2000");
    }

    /** @return the agency's letterhead now in force (Agency Settings) */
    public static Letterhead letterhead() {
        IPreferencesService service = Platform.getPreferencesService();
        IScopeContext[] scopes = scopes();
        return new Letterhead(service.getString(NODE, AGENCY_NAME, "", scopes),
                service.getString(NODE, AGENCY_ADDRESS, "", scopes), service.getString(NODE, AGENCY_PHONE, "", scopes),
                service.getString(NODE, AGENCY_FAX, "", scopes));
    }

    /** @return the clinician profile as letters use it: name, credentials, license number, phone and e-mail */
    public static LetterAuthor letterAuthor() {
        ClinicianProfile profile = profile();
        IPreferencesService service = Platform.getPreferencesService();
        IScopeContext[] scopes = scopes();
        return new LetterAuthor(profile.id(), profile.name(), profile.credentials(),
                service.getString(NODE, CLINICIAN_LICENSE, "", scopes), service.getString(NODE, CLINICIAN_PHONE, "",
                        scopes), service.getString(NODE, CLINICIAN_EMAIL, "", scopes));
    }

    /** @return the clinician profile now in force */
    public static ClinicianProfile profile() {
        IPreferencesService service = Platform.getPreferencesService();
        IScopeContext[] scopes = scopes();
        return new ClinicianProfile(service.getString(NODE, CLINICIAN_ID, "clin-vale", scopes),
                service.getString(NODE, CLINICIAN_NAME, "", scopes),
                service.getString(NODE, CLINICIAN_CREDENTIALS, "", scopes),
                service.getBoolean(NODE, CLINICIAN_SUPERVISOR, false, scopes));
    }

    /** @return whether the clinician profile says the clinician practises under supervision (pre-licensure) */
    public static boolean practisesUnderSupervision() {
        return Platform.getPreferencesService().getBoolean(NODE, CLINICIAN_UNDER_SUPERVISION, false, scopes());
    }

    /**
     * Makes {@code profile} the clinician profile of this workbench (as the Clinician Profile page would), e.g. for
     * the clinician who created a caseload.
     */
    public static void saveProfile(ClinicianProfile profile) {
        IEclipsePreferences instance = InstanceScope.INSTANCE.getNode(NODE);
        instance.put(CLINICIAN_ID, profile.id());
        instance.put(CLINICIAN_NAME, profile.name());
        instance.put(CLINICIAN_CREDENTIALS, profile.credentials());
        instance.putBoolean(CLINICIAN_SUPERVISOR, profile.supervisor());
        try {
            instance.flush();
        } catch (BackingStoreException e) {
            ILog.of(CasenotesPreferences.class).error("Cannot keep the clinician profile", e);
        }
    }

    /** @return the agency settings now in force (older settings that switched packs by name are read too) */
    public static AgencySettings agency() {
        IPreferencesService service = Platform.getPreferencesService();
        IScopeContext[] scopes = scopes();
        RulePolicy policy = AgencyRulePolicy.read(key -> service.getString(NODE, key, null, scopes));
        Map<String, String> severities;
        try {
            severities = parseSeverities(service.getString(NODE, RULE_SEVERITIES, "", scopes));
        } catch (IllegalArgumentException e) {
            severities = Map.of();
        }
        return new AgencySettings(policy.signingWindowDays(), service.getInt(NODE, IDLE_LOCK_MINUTES, 15, scopes),
                policy.packsOff(), severities);
    }

    /**
     * @param text "ruleId=SEVERITY" entries separated by commas or line breaks; SEVERITY is INFO, WARNING, ERROR or OFF
     * @return rule id to severity, in the order written
     * @throws IllegalArgumentException naming the first entry that is not of that form
     */
    public static Map<String, String> parseSeverities(String text) {
        return AgencyRulePolicy.severities(text);
    }

    private static IScopeContext[] scopes() {
        return new IScopeContext[] {InstanceScope.INSTANCE, DefaultScope.INSTANCE};
    }
}
