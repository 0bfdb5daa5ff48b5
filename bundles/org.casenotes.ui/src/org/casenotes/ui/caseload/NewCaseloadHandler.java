package org.casenotes.ui.caseload;

import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.preferences.ClinicianProfile;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; New Caseload: creates one of the clinician's own caseloads (with the full key-derivation cost) and opens
 * it in place of the open one; the clinician's name and credentials become their profile for signing.
 */
public final class NewCaseloadHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        NewCaseloadDialog dialog = new NewCaseloadDialog(window.getShell(), EmbeddedCaseloads.factory(),
                WorkbenchDataFolder.current().resolve("caseloads"), enteredProfile());
        if (dialog.open() != Window.OK) {
            return null;
        }
        CasenotesPreferences.saveProfile(dialog.clinician());
        if (!CaseloadSwitch.to(window, dialog.created(), false, dialog.caseload())) {
            RecentCaseloads.ofWorkbench().remember(dialog.caseload());
            MessageDialog.openInformation(window.getShell(), NewCaseloadDialog.TITLE, "The new caseload is saved in "
                    + dialog.caseload().location() + ". Open it with File > Open Caseload… when your notes are"
                    + " closed.");
        }
        return null;
    }

    /** @return the profile the clinician entered before, or null while only the demo clinician's defaults exist */
    private static ClinicianProfile enteredProfile() {
        boolean entered = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE)
                .get(CasenotesPreferences.CLINICIAN_NAME, null) != null;
        return entered ? CasenotesPreferences.profile() : null;
    }
}
