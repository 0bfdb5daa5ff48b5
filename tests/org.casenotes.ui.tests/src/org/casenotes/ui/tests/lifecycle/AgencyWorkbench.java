package org.casenotes.ui.tests.lifecycle;

import org.casenotes.ui.caseload.RecentAgencyServers;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The workbench after a test that signed in to an agency server. */
final class AgencyWorkbench {

    private AgencyWorkbench() {
    }

    /** Closes the editors (changes unsaved), opens the demo caseload again and forgets the recent servers. */
    static void backToTheDemo() throws Exception {
        Workbench.closeAllEditors();
        ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.remove(RecentAgencyServers.RECENT);
        preferences.flush();
    }
}
