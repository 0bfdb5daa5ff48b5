package org.casenotes.template.ui.library;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.agency.TamperedVersionException;
import org.casenotes.template.agency.WorkingCopy;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.library.LibraryEntry.AgencyEntry;
import org.casenotes.template.ui.library.LibraryEntry.PublishedEntry;
import org.casenotes.template.ui.library.LibraryEntry.StandardTemplate;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * What the library's commands act on (the template selected in the Template Library view, or the working copy in
 * the active designer) and how its rows open: standard templates and published versions read-only, working copies
 * for editing.
 */
public final class LibraryEntries {

    private LibraryEntries() {
    }

    /** @return the id of the agency template the command is about: the active designer's, else the view's selection */
    static Optional<String> selectedTemplateId(ExecutionEvent event, AgencyTemplateLibrary library) {
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        if (part instanceof IEditorPart editor) {
            return fileOf(editor).flatMap(library::workingCopyIn).map(WorkingCopy::templateId);
        }
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured) {
            return switch (structured.getFirstElement()) {
            case AgencyEntry entry -> Optional.of(entry.template().templateId());
            case PublishedEntry published -> Optional.of(published.version().templateId());
            case null, default -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** Opens a row: a standard template or published version read-only, a working copy for editing. */
    public static void open(IWorkbenchPage page, LibraryEntry entry, AgencyTemplateLibrary library)
            throws PartInitException {
        switch (entry) {
        case StandardTemplate standard -> TemplateDesigners.openInstalled(page, standard.source());
        case AgencyEntry agency -> {
            if (agency.template().workingCopy().isPresent()) {
                TemplateDesigners.open(page, agency.template().workingCopy().get().file());
            }
        }
        case PublishedEntry published -> openPublished(page, published.version(), library);
        default -> {
            // the group rows only expand
        }
        }
    }

    /**
     * Opens a published version read-only in the designer, with the installed libraries as its context (as it was
     * published); a version whose file was changed since is refused with the reason.
     *
     * @return the designer, or null when the version was refused
     */
    public static IEditorPart openPublished(IWorkbenchPage page, PublishedVersion version,
            AgencyTemplateLibrary library) throws PartInitException {
        String text;
        try {
            text = library.publishedText(version.templateId(), version.version());
        } catch (TamperedVersionException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Published version changed", e.getMessage());
            return null;
        }
        return TemplateDesigners.openInstalled(page, new TemplateSource(version.file().toString(), text));
    }

    /** @return the open editor of {@code file}, if any */
    static Optional<IEditorPart> editorOf(IWorkbenchPage page, Path file) {
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            if (editor != null && fileOf(editor).filter(file::equals).isPresent()) {
                return Optional.of(editor);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fileOf(IEditorPart editor) {
        if (editor.getEditorInput() instanceof IURIEditorInput input && input.getURI() != null
                && "file".equals(input.getURI().getScheme())) {
            URI uri = input.getURI();
            return Optional.of(Path.of(uri).toAbsolutePath().normalize());
        }
        return Optional.empty();
    }
}
