package org.casenotes.template.ui.library;

import java.util.Optional;

import org.casenotes.template.agency.AgencyTemplate;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Compare versions": compares two published versions of the agency template in the active designer or selected in
 * the Template Library view, or a published version with the working copy.
 */
public final class CompareVersionsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveWorkbenchWindowChecked(event).getShell();
        AgencyTemplateLibrary library = AgencyTemplateFolder.inDataFolder().publishing();
        Optional<AgencyTemplate> template = LibraryEntries.selectedTemplateId(event, library)
                .flatMap(id -> library.templates().stream().filter(t -> t.templateId().equals(id)).findFirst());
        if (template.isEmpty() || template.get().published().isEmpty()) {
            MessageDialog.openInformation(shell, "Compare versions", "Select an agency template with a published "
                    + "version in the Template Library view (or open its working copy in the designer).");
            return null;
        }
        new CompareVersionsDialog(shell, library, template.get()).open();
        return null;
    }
}
