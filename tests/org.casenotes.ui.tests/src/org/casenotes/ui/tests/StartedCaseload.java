package org.casenotes.ui.tests;

import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;

/** The demo caseload that the workbench under test opens (or creates) when it starts. */
public final class StartedCaseload {

    private static final long OPEN_TIMEOUT_MS = 180_000;
    private static final long VIEW_TIMEOUT_MS = 60_000;

    private StartedCaseload() {
    }

    /**
     * Runs the event loop until the workbench has opened the caseload.
     *
     * @return the caseload's store
     * @throws AssertionError if the caseload could not be opened, or was not within three minutes
     */
    public static CaseloadStore store() {
        EventLoop.spinUntil(
                () -> CaseloadSession.current().store() != null || CaseloadSession.current().problem() != null,
                OPEN_TIMEOUT_MS, "the demo caseload to open");
        if (CaseloadSession.current().store() == null) {
            throw new AssertionError("no caseload: " + CaseloadSession.current().problem());
        }
        return CaseloadSession.current().store();
    }

    /**
     * @return the caseload view once it shows a loaded caseload (whichever is open: the demo or one a test opened)
     * @throws AssertionError if it did not within a minute
     */
    public static CaseloadView view() {
        CaseloadView view = (CaseloadView) ActiveWorkbench.page().findView(CaseloadUi.CASELOAD_VIEW);
        EventLoop.spinUntil(view::isLoaded, VIEW_TIMEOUT_MS, "the caseload view to show the caseload");
        return view;
    }
}
