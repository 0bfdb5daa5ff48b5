package org.casenotes.template.ui.library;

import java.util.Optional;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublicationRefusedException;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.agency.VersionComparison;
import org.casenotes.template.agency.WorkingCopy;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.IDocumentProviderExtension;

/**
 * "Publish template": publishes the agency template of the active designer, or the one selected in the Template
 * Library view, after the designer confirmed the changes against the last published version. Unsaved changes are
 * saved first (or nothing is published); an open designer shows the working copy's next version afterwards.
 */
public final class PublishTemplateHandler extends AbstractHandler {

    private static final String TITLE = "Publish template";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Shell shell = window.getShell();
        AgencyTemplateLibrary library = AgencyTemplateFolder.inDataFolder().publishing();
        Optional<String> id = LibraryEntries.selectedTemplateId(event, library);
        if (id.isEmpty()) {
            MessageDialog.openInformation(shell, TITLE, "Open an agency template in the designer, or select one in "
                    + "the Template Library view, to publish it. Standard templates are published with Casenotes.");
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        Optional<IEditorPart> editor = library.workingCopy(id.get()).map(WorkingCopy::file)
                .flatMap(file -> LibraryEntries.editorOf(page, file));
        if (editor.isPresent() && editor.get().isDirty() && !saved(shell, page, editor.get(), id.get())) {
            return null;
        }
        try {
            VersionComparison changes = library.changesToPublish(id.get());
            if (new PublishDialog(shell, changes).open() != Window.OK) {
                return null;
            }
            PublishedVersion published = library.publish(id.get());
            editor.ifPresent(PublishTemplateHandler::reload);
            TemplateLibraryView.refreshIn(window);
            String elsewhere = PublicationOutlets.publishElsewhere(shell, library, published);
            status(event, "Version " + published.version() + " of " + id.get()
                    + " is published" + elsewhere + ": clinicians can write notes on it now. You are editing version "
                    + (published.version() + 1) + ".");
        } catch (PublicationRefusedException e) {
            MessageDialog.openError(shell, "Cannot publish " + id.get(), e.getMessage());
        }
        return null;
    }

    private static void status(ExecutionEvent event, String message) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IActionBars bars = part == null ? null
                : part.getSite() instanceof IEditorSite editorSite ? editorSite.getActionBars()
                : part.getSite() instanceof IViewSite viewSite ? viewSite.getActionBars() : null;
        if (bars != null) {
            bars.getStatusLineManager().setMessage(message);
        }
    }

    private static boolean saved(Shell shell, IWorkbenchPage page, IEditorPart editor, String id) {
        if (!MessageDialog.openQuestion(shell, TITLE,
                id + " has unsaved changes. Save them and publish what is saved?")) {
            return false;
        }
        return page.saveEditor(editor, false) && !editor.isDirty();
    }

    /** Shows the raised version in an open designer of the working copy, which publishing rewrote on disk. */
    private static void reload(IEditorPart editor) {
        if (editor instanceof TemplateDesigner designer) {
            IDocumentProvider provider = designer.textEditor().getDocumentProvider();
            if (provider instanceof IDocumentProviderExtension extension) {
                try {
                    extension.synchronize(designer.textEditor().getEditorInput());
                } catch (CoreException e) {
                    MessageDialog.openWarning(editor.getSite().getShell(), TITLE, "The template was published, but "
                            + "the designer could not reload it; close and open it again. " + e.getMessage());
                }
            }
        }
    }
}
