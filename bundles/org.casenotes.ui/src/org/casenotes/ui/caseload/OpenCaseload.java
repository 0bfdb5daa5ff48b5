package org.casenotes.ui.caseload;

import org.casenotes.store.CaseloadStore;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** The caseload the File menu's caseload commands work on: the open, unlocked one. */
final class OpenCaseload {

    private OpenCaseload() {
    }

    /**
     * @param shell the parent window
     * @param title the command's title, for the message
     * @return the open and unlocked store, or null after telling the clinician there is none
     */
    static CaseloadStore orSay(Shell shell, String title) {
        CaseloadStore store = CaseloadSession.current().store();
        if (store == null || store.isLocked()) {
            MessageDialog.openInformation(shell, title, "No caseload is open and unlocked.");
            return null;
        }
        return store;
    }
}
