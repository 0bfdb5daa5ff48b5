package org.casenotes.ui.record;

import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;

/** The client a Client-menu command works on: the one the client overview shows. */
public final class ClientRecordTarget {

    private ClientRecordTarget() {
    }

    /** @return the id of the client the page's overview shows, if any */
    static Optional<String> shownClient(IWorkbenchPage page) {
        return page != null && page.findView(CaseloadUi.CLIENT_OVERVIEW_VIEW) instanceof ClientOverviewView overview
                ? Optional.ofNullable(overview.shownClientId())
                : Optional.empty();
    }

    /**
     * The record of the client the page's overview shows, loaded from {@code store} without its notes (the handlers
     * change the record's own details, and saving a client ignores notes); when no client is shown, the user is told
     * to select one (in a dialog titled {@code title}) and the result is empty.
     *
     * @throws IllegalStateException when the shown client is not in the caseload
     */
    public static Optional<Client> shownClientRecord(IWorkbenchPage page, CaseloadStore store, Shell shell, String title) {
        Optional<String> clientId = shownClient(page);
        if (clientId.isEmpty()) {
            MessageDialog.openInformation(shell, title, "Select a client in the caseload first.");
            return Optional.empty();
        }
        return Optional.of(store.loadClientDetails(clientId.get()).orElseThrow(
                () -> new IllegalStateException("Client " + clientId.get() + " is not in this caseload.")));
    }
}
