package org.casenotes.template.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * The result of compiling a {@link TemplateLibrary}: one form definition per concrete template that validated
 * without errors (abstract templates are bases only), and every diagnostic.
 */
public final class CompiledLibrary {

    private final Map<String, FormDefinition> forms;
    private final List<TemplateDiagnostic> diagnostics;

    public CompiledLibrary(Map<String, FormDefinition> forms, List<TemplateDiagnostic> diagnostics) {
        this.forms = Map.copyOf(forms);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the form compiled from the template with this qualified id, e.g. {@code std.progress.SoapNote}. */
    public Optional<FormDefinition> form(String id) {
        return Optional.ofNullable(forms.get(id));
    }

    /** @return all compiled forms, sorted by id. */
    public List<FormDefinition> forms() {
        return forms.values().stream().sorted((a, b) -> a.getId().compareTo(b.getId())).toList();
    }

    /** @return the forms compiled from one source (by its {@link TemplateSource#name()}), sorted by id. */
    public List<FormDefinition> formsFrom(String sourceName) {
        return forms().stream().filter(form -> sourceName.equals(form.getSourceUri())).toList();
    }

    public List<TemplateDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return the diagnostics of one source (by its {@link TemplateSource#name()}). */
    public List<TemplateDiagnostic> diagnosticsOf(String sourceName) {
        return diagnostics.stream().filter(d -> d.file().equals(sourceName)).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(TemplateDiagnostic::isError);
    }
}
