package org.casenotes.template.ui.internal;

import java.util.List;

import org.casenotes.template.ide.highlighting.HighlightedRange;
import org.casenotes.template.ide.services.Proposal;
import org.casenotes.template.ide.services.TemplateEditorServices;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateSource;

/**
 * The language services of one open template, shared by the reconciler thread, the presentation and content assist:
 * the headless services are not thread-safe, so every call goes through this object's lock.
 */
public final class TemplateDocumentServices implements AutoCloseable {

	private final String name;
	private final List<TemplateSource> library;
	private final TemplateEditorServices services;

	/** @param name    the document's name in diagnostics (a path ending in {@code .ntpl}) */
	public TemplateDocumentServices(String name, List<TemplateSource> library) {
		this.name = name;
		this.library = List.copyOf(library);
		this.services = TemplateEditorServices.over(this.library);
	}

	public String name() {
		return name;
	}

	/** @return the templates the document may import, extend and include (never the document itself) */
	public List<TemplateSource> library() {
		return library;
	}

	public synchronized List<TemplateDiagnostic> validate(String text) {
		return services.validate(name, text);
	}

	public synchronized List<Proposal> complete(String text, int offset) {
		return services.complete(name, text, offset);
	}

	public synchronized List<HighlightedRange> highlight(String text) {
		return services.highlight(name, text);
	}

	@Override
	public synchronized void close() {
		services.close();
	}
}
