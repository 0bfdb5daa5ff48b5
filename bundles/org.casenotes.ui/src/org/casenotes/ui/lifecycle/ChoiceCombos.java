package org.casenotes.ui.lifecycle;

import java.util.List;

import org.casenotes.store.ClientSummary;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The labelled drop-down lists of the New Note and New Letter wizards, and their list of clients chosen by id. */
public final class ChoiceCombos {

    private ChoiceCombos() {
    }

    /** @return a read-only drop-down list after a label, in a two-column grid */
    public static Combo labelled(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setVisibleItemCount(15);
        return combo;
    }

    /** @return a labelled list of the clients, each as "Name (ID)" */
    public static Combo clients(Composite parent, String label, List<ClientSummary> clients) {
        Combo combo = labelled(parent, label);
        clients.forEach(summary -> combo.add(summary.displayName() + " (" + summary.id() + ")"));
        return combo;
    }

    /**
     * @return the index of the client with id {@code clientId}
     * @throws IllegalArgumentException if there is none
     */
    public static int indexOfClient(List<ClientSummary> clients, String clientId) {
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).id().equals(clientId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No client " + clientId + " in the caseload");
    }
}
