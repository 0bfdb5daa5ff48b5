package org.casenotes.ui.record;

import java.util.Optional;

import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.eclipse.ui.IWorkbenchPage;

/** The client a Client-menu command works on: the one the client overview shows. */
final class ClientRecordTarget {

    private ClientRecordTarget() {
    }

    /** @return the id of the client the page's overview shows, if any */
    static Optional<String> shownClient(IWorkbenchPage page) {
        return page != null && page.findView(CaseloadUi.CLIENT_OVERVIEW_VIEW) instanceof ClientOverviewView overview
                ? Optional.ofNullable(overview.shownClientId())
                : Optional.empty();
    }
}
