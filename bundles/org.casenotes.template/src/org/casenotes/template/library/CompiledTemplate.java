package org.casenotes.template.library;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * The result of compiling one file of a library: its diagnostics, and the forms of its concrete templates that
 * compiled (none while the file, or a file it builds on, has errors).
 *
 * @param name        the file's {@link TemplateSource#name()}
 * @param forms       the forms the file defines, sorted by id
 * @param diagnostics the file's diagnostics, in the order {@link CompiledLibrary#diagnosticsOf(String)} gives them
 */
public record CompiledTemplate(String name, List<FormDefinition> forms, List<TemplateDiagnostic> diagnostics) {

    public CompiledTemplate {
        forms = List.copyOf(forms);
        diagnostics = List.copyOf(diagnostics);
    }

    /** @return the first form the file defines, if any compiled */
    public Optional<FormDefinition> firstForm() {
        return forms.stream().findFirst();
    }

    /** @return how many of the diagnostics are errors */
    public long errors() {
        return diagnostics.stream().filter(TemplateDiagnostic::isError).count();
    }
}
