package org.casenotes.ui.caseload;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.VerificationReport;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * File &gt; Verify Audit Trail...: re-computes the open caseload's audit hash chain, compares every record with the
 * content its audit entry sealed and checks the log still reaches the end the caseload header recorded; then says
 * plainly what was verified, or exactly what is wrong.
 */
public final class VerifyAuditTrailHandler extends AbstractHandler {

    /** The title of the dialog when the trail is intact. */
    public static final String INTACT_TITLE = "Audit Trail Verified";
    /** The title of the dialog when something is wrong. */
    public static final String ALTERED_TITLE = "Audit Trail Altered";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        CaseloadStore store = OpenCaseload.orSay(shell, "Verify Audit Trail");
        if (store == null) {
            return null;
        }
        VerificationReport report;
        try {
            report = LongStoreWork.run(shell, "Verifying the audit trail", () -> store.auditLog().verify());
        } catch (CaseloadStoreException e) {
            MessageDialog.openError(shell, "Verify Audit Trail", "The audit trail could not be verified: "
                    + e.getMessage());
            return null;
        }
        if (report.isIntact()) {
            MessageDialog.openInformation(shell, INTACT_TITLE, AuditTrailVerdict.intact(report));
        } else {
            MessageDialog.openError(shell, ALTERED_TITLE, AuditTrailVerdict.altered(report));
        }
        return null;
    }
}
