package org.casenotes.template.ui.library;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** "Open standard template": shows an installed template read-only in the template designer, with its preview. */
public final class OpenInstalledTemplateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(window.getShell(), new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((TemplateSource) element).name();
            }
        });
        dialog.setTitle("Open standard template");
        dialog.setMessage("Installed templates are read-only; extend one with Templates > New Template.");
        dialog.setElements(TemplateLibrary.contributed().sources().toArray());
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof TemplateSource source) {
            try {
                TemplateDesigners.openInstalled(window.getActivePage(), source);
            } catch (PartInitException e) {
                MessageDialog.openError(window.getShell(), "Open standard template", e.getMessage());
            }
        }
        return null;
    }
}
