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
 * What a template in the editor can refer to: the installed libraries, plus, for an agency template on disk, the
 * other templates of its folder. A template never sees an older copy of itself.
 */
final class TemplateInputs {

	private TemplateInputs() {
	}

	/** @return the language services for the template {@code input} holds */
	static TemplateDocumentServices servicesFor(IEditorInput input) throws PartInitException {
		List<TemplateSource> installed = TemplateLibrary.contributed().sources();
		if (input instanceof StandardTemplateInput standard) {
			String name = standard.source().name();
			return new TemplateDocumentServices(name, without(installed, name));
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			Path file = Path.of(uriInput.getURI()).toAbsolutePath().normalize();
			String name = file.toString();
			List<TemplateSource> library = new ArrayList<>(installed);
			Path folder = file.getParent();
			if (folder != null && Files.isDirectory(folder)) {
				library.addAll(TemplateLibrary.empty().withDirectory(folder).sources());
			}
			return new TemplateDocumentServices(name, without(library, name));
		}
		throw new PartInitException("The template designer opens .ntpl files, not " + input.getName());
	}

	private static List<TemplateSource> without(List<TemplateSource> sources, String name) {
		return sources.stream().filter(source -> !source.name().equals(name)).toList();
	}
}
