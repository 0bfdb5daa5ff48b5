package org.casenotes.ui.caseload;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The agency servers this workbench opened, most recent first (File &gt; Open Agency Server lists them): address
 * and user id, one a line, in the workbench's instance preferences. Passwords are never kept.
 */
public final class RecentAgencyServers {

    /** Preference key of the list: one server a line, address and user id separated by a tab. */
    public static final String RECENT = "servers.recent";

    private static final int KEPT = 8;

    private final IEclipsePreferences preferences;

    RecentAgencyServers(IEclipsePreferences preferences) {
        this.preferences = preferences;
    }

    /** @return the list of the running workbench */
    public static RecentAgencyServers ofWorkbench() {
        return new RecentAgencyServers(InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE));
    }

    /** @return the servers opened here, most recent first */
    public List<KnownAgencyServer> list() {
        List<KnownAgencyServer> known = new ArrayList<>();
        for (String line : preferences.get(RECENT, "").split("\n")) {
            String[] fields = line.split("\t", -1);
            if (!line.isBlank() && fields.length == 2) {
                known.add(new KnownAgencyServer(fields[0], fields[1]));
            }
        }
        return known;
    }

    /** Puts {@code server} first in the list. */
    public void opened(KnownAgencyServer server) {
        List<KnownAgencyServer> known = new ArrayList<>(list());
        known.remove(server);
        known.add(0, server);
        StringBuilder lines = new StringBuilder();
        for (KnownAgencyServer each : known.subList(0, Math.min(KEPT, known.size()))) {
            lines.append(each.url()).append('\t').append(each.userId()).append('\n');
        }
        preferences.put(RECENT, lines.toString());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(RecentAgencyServers.class).error("Cannot keep the list of recent agency servers", e);
        }
    }
}
