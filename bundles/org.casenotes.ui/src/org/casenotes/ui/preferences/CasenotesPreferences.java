package org.casenotes.ui.preferences;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.casenotes.core.rules.Severity;
import org.casenotes.core.letters.LetterAuthor;
import org.casenotes.core.letters.Letterhead;
import org.casenotes.ui.preferences.AgencySettings.RulePack;
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
    public static final String LATE_ENTRY_WINDOW_DAYS = "agency.lateEntryWindowDays";
    /** Minutes of inactivity before the caseload locks. */
    public static final String IDLE_LOCK_MINUTES = "agency.idleLockMinutes";
    /** Severity overrides, "ruleId=SEVERITY" separated by commas or new lines. */
    public static final String RULE_SEVERITIES = "agency.ruleSeverities";

    private CasenotesPreferences() {
    }

    /** @return the key that says whether {@code pack} is in force */
    public static String packKey(RulePack pack) {
        return "agency.pack." + pack.name().toLowerCase(Locale.ROOT);
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
        for (RulePack pack : RulePack.values()) {
            defaults.putBoolean(packKey(pack), true);
        }
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

    /** @return the agency settings now in force */
    public static AgencySettings agency() {
        IPreferencesService service = Platform.getPreferencesService();
        IScopeContext[] scopes = scopes();
        Set<RulePack> packs = EnumSet.noneOf(RulePack.class);
        for (RulePack pack : RulePack.values()) {
            if (service.getBoolean(NODE, packKey(pack), true, scopes)) {
                packs.add(pack);
            }
        }
        return new AgencySettings(service.getInt(NODE, LATE_ENTRY_WINDOW_DAYS, 3, scopes),
                service.getInt(NODE, IDLE_LOCK_MINUTES, 15, scopes), packs,
                parseSeverities(service.getString(NODE, RULE_SEVERITIES, "", scopes)));
    }

    /**
     * @param text "ruleId=SEVERITY" entries separated by commas or line breaks; SEVERITY is INFO, WARNING, ERROR or OFF
     * @return rule id to severity, in the order written
     * @throws IllegalArgumentException naming the first entry that is not of that form
     */
    public static Map<String, String> parseSeverities(String text) {
        Map<String, String> severities = new LinkedHashMap<>();
        for (String entry : text.split("[,\\n\\r]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String rule = equals < 0 ? "" : entry.substring(0, equals).strip();
            String level = equals < 0 ? "" : entry.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            if (rule.isEmpty() || !isLevel(level)) {
                throw new IllegalArgumentException("'" + entry.strip()
                        + "' is not of the form rule.id=INFO, WARNING, ERROR or OFF");
            }
            severities.put(rule, level);
        }
        return severities;
    }

    private static boolean isLevel(String level) {
        if ("OFF".equals(level)) {
            return true;
        }
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(level)) {
                return true;
            }
        }
        return false;
    }

    private static IScopeContext[] scopes() {
        return new IScopeContext[] {InstanceScope.INSTANCE, DefaultScope.INSTANCE};
    }
}
