package org.casenotes.ui.tests.caseload;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.KnownCaseload;
import org.casenotes.ui.caseload.RecentCaseloads;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * A clinician's own caseload for the tests that change clients, so the demo the other tests count stays as it is:
 * made in a test's folder with the clients it needs, opened the way a clinician opens it (File &gt; Open Caseload
 * and the passphrase), and left again for the demo.
 */
final class HarboursideCaseload {

    static final String PASSPHRASE = "lantern orchard tuesday gravel";

    private HarboursideCaseload() {
    }

    /**
     * Creates a caseload holding {@code clients} in {@code temp}, remembers it as recent and opens it through the
     * Open Caseload dialog.
     *
     * @return the open caseload's store
     */
    static CaseloadStore open(Path temp, List<Client> clients) throws Exception {
        StartedCaseload.store();
        Path folder = temp.resolve("harbourside");
        try (CaseloadStore created = Caseloads.embedded().create(folder, PASSPHRASE.toCharArray(), "sortiz")) {
            clients.forEach(created::saveClient);
        }
        RecentCaseloads.ofWorkbench().remember(new KnownCaseload(folder, "Harbourside Counselling", "", ""));
        CaseloadDialogDriver.answer("Open Caseload", "org.casenotes.ui.caseload.open", dialog -> {
            dialog.fill("Passphrase", PASSPHRASE);
            dialog.press("Open");
        });
        StartedCaseload.view();
        assertFalse(CaseloadSession.current().isDemo());
        return CaseloadSession.current().store();
    }

    /** Closes the notes, opens the demo again and forgets the recent caseloads, as the other tests expect. */
    static void backToTheDemo() throws Exception {
        ActiveWorkbench.page().closeAllEditors(false);
        if (!CaseloadSession.current().isDemo() || CaseloadSession.current().store() == null) {
            ActiveWorkbench.runCommand("org.casenotes.ui.caseload.openDemo");
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.remove(RecentCaseloads.RECENT);
        preferences.remove(RecentCaseloads.LAST);
        preferences.flush();
        StartedCaseload.view();
    }
}
