package org.casenotes.ui.preferences;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * "Back up automatically every N days to FOLDER", set on the Backups preference page. One schedule per workbench: a
 * clinician keeps one safe place (a drive, a synchronised folder), and each caseload's automatic backups carry its
 * name there, so several caseloads share the folder without touching each other's. The demo is never backed up.
 *
 * @param enabled   whether automatic backups are on
 * @param everyDays days between backups (at least 1)
 * @param folder    the folder the backups go to; blank if none was chosen
 * @param keep      how many automatic backups of a caseload are kept in the folder
 */
public record BackupSchedule(boolean enabled, int everyDays, String folder, int keep) {

    /** What every key of the schedule starts with. */
    public static final String PREFIX = "backup.auto.";
    /** Preference key: whether automatic backups are on. */
    public static final String ENABLED = PREFIX + "enabled";
    /** Preference key: days between automatic backups. */
    public static final String EVERY_DAYS = PREFIX + "everyDays";
    /** Preference key: the folder automatic backups go to. */
    public static final String FOLDER = PREFIX + "folder";
    /** Preference key: how many automatic backups of a caseload are kept. */
    public static final String KEEP = PREFIX + "keep";

    static final int DEFAULT_EVERY_DAYS = 1;
    static final int DEFAULT_KEEP = 5;

    /** @return the schedule now in force (a change on the preference page applies at the next check) */
    public static BackupSchedule current() {
        IScopeContext[] scopes = {InstanceScope.INSTANCE, DefaultScope.INSTANCE};
        var service = Platform.getPreferencesService();
        String node = CasenotesPreferences.NODE;
        return new BackupSchedule(service.getBoolean(node, ENABLED, false, scopes),
                Math.max(1, service.getInt(node, EVERY_DAYS, DEFAULT_EVERY_DAYS, scopes)),
                service.getString(node, FOLDER, "", scopes).strip(),
                Math.max(1, service.getInt(node, KEEP, DEFAULT_KEEP, scopes)));
    }

    /** @return the interval between backups */
    public Duration interval() {
        return Duration.ofDays(everyDays);
    }

    /** @return the folder to back up to, if automatic backups are on and a folder is chosen */
    public Optional<Path> activeFolder() {
        return enabled && !folder.isEmpty() ? Optional.of(Path.of(folder)) : Optional.empty();
    }
}
