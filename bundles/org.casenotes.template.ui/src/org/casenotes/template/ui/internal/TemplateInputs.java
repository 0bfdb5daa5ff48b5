package org.casenotes.template.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;

/**
 * What a template in the editor belongs to: the installed libraries, plus, for an agency template on disk, the
 * templates of its folder, in the order {@code casenotes check-templates} reads them.
 */
final class TemplateInputs {

    private TemplateInputs() {
    }

    /** @return the language services for the template {@code input} holds */
    static TemplateDocumentServices servicesFor(IEditorInput input) throws PartInitException {
        List<TemplateSource> installed = TemplateLibrary.contributed().sources();
        if (input instanceof StandardTemplateInput standard) {
            return new TemplateDocumentServices(standard.source().name(), installed);
        }
        if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
            Path file = Path.of(uriInput.getURI()).toAbsolutePath().normalize();
            List<TemplateSource> library = new ArrayList<>(installed);
            Path folder = file.getParent();
            if (folder != null && Files.isDirectory(folder)) {
                library.addAll(TemplateLibrary.empty().withDirectory(folder).sources());
            }
            return new TemplateDocumentServices(file.toString(), library);
        }
        throw new PartInitException("The template designer opens .ntpl files, not " + input.getName());
    }
}
