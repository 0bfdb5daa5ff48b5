package org.casenotes.template.ui.internal;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * Compiles the template being designed together with its library, the way {@code casenotes check-templates} and the
 * note editor's form source do, and picks the form it defines. Called from one background thread at a time.
 */
final class PreviewCompiler {

	/**
	 * What one compilation gave.
	 *
	 * @param form   the first form the designed template defines, if it compiled
	 * @param errors how many errors the designed template has
	 */
	record Result(Optional<FormDefinition> form, long errors) {
	}

	private final String name;
	private final List<TemplateSource> library;

	PreviewCompiler(String name, List<TemplateSource> library) {
		this.name = name;
		this.library = List.copyOf(library);
	}

	Result compile(String text) {
		TemplateLibrary designed = TemplateLibrary.empty();
		for (TemplateSource source : library) {
			designed = designed.withSource(source);
		}
		CompiledLibrary compiled = designed.withSource(new TemplateSource(name, text)).compile();
		long errors = compiled.diagnostics().stream().filter(d -> d.isError() && name.equals(d.file())).count();
		Optional<FormDefinition> form = compiled.formsFrom(name).stream().findFirst();
		return new Result(errors == 0 ? form : Optional.empty(), errors);
	}
}
