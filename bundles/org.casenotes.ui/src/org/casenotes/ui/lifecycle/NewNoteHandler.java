package org.casenotes.ui.lifecycle;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the {@link NewNoteWizard}. */
public final class NewNoteHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        try {
            new WizardDialog(shell, new NewNoteWizard(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(),
                    Workplace.store(), NoteForms.installed())).open();
        } catch (IllegalStateException e) {
            MessageDialog.openError(shell, "New Note", e.getMessage());
        }
        return null;
    }
}
