package org.casenotes.ui.caseload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The caseloads this workbench opened, most recent first (File &gt; Open Caseload lists them), and which one to
 * reopen at start: the last one opened, unless that was the demo. Kept in the workbench's instance preferences (the
 * data folder), one line per caseload; nothing here is client data.
 */
public final class RecentCaseloads {

    /** Preference key of the list: one caseload a line, its fields separated by tabs. */
    public static final String RECENT = "caseloads.recent";
    /** Preference key of the folder of the caseload to reopen at start; absent when the demo opens at start. */
    public static final String LAST = "caseloads.last";

    private static final int KEPT = 8;

    private final IEclipsePreferences preferences;

    RecentCaseloads(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** @return the list of the running workbench */
    public static RecentCaseloads ofWorkbench() {
        return new RecentCaseloads(InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE));
    }

    /** @return the caseloads opened or created here, most recent first */
    public List<KnownCaseload> list() {
        List<KnownCaseload> known = new ArrayList<>();
        for (String line : preferences.get(RECENT, "").split("\n")) {
            String[] fields = line.split("\t", -1);
            if (!line.isBlank() && fields.length == 4) {
                known.add(new KnownCaseload(Path.of(fields[0]), fields[1], fields[2], fields[3]));
            }
        }
        return known;
    }

    /** @return the caseload to reopen at start, if the last one opened was not the demo */
    public Optional<KnownCaseload> last() {
        String last = preferences.get(LAST, null);
        if (last == null) {
            return Optional.empty();
        }
        Path location = Path.of(last);
        return Optional.of(find(location).orElse(new KnownCaseload(location, "", "", "")));
    }

    /** @return what is remembered about the caseload at {@code location} */
    public Optional<KnownCaseload> find(Path location) {
        Path wanted = location.toAbsolutePath().normalize();
        return list().stream().filter(known -> known.location().equals(wanted)).findFirst();
    }

    /** Puts {@code caseload} first in the list and reopens it at the next start. */
    public void opened(KnownCaseload caseload) {
        preferences.put(LAST, caseload.location().toString());
        remember(caseload);
    }

    /** Puts {@code caseload} first in the list, without changing what opens at the next start. */
    public void remember(KnownCaseload caseload) {
        List<KnownCaseload> known = new ArrayList<>(list());
        known.removeIf(other -> other.location().equals(caseload.location()));
        known.add(0, caseload);
        StringBuilder lines = new StringBuilder();
        for (KnownCaseload each : known.subList(0, Math.min(KEPT, known.size()))) {
            lines.append(String.join("\t", each.location().toString(), each.agencyName(), each.agencyAddress(),
                    each.agencyPhone())).append('\n');
        }
        preferences.put(RECENT, lines.toString());
        flush();
    }

    /** The demo was opened: it opens at the next start again (the list stays). */
    public void openedDemo() {
        preferences.remove(LAST);
        flush();
    }

    private void flush() {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(RecentCaseloads.class).error("Cannot keep the list of recent caseloads", e);
        }
    }
}
