package org.casenotes.fhir;

import java.util.List;
import java.util.Optional;

/**
 * What importing a form made elsewhere (a FHIR Questionnaire, a REDCap data dictionary) gives: the template as
 * formatted {@code .ntpl} text, or the problems that stop it; and in both cases the report of what could not be
 * mapped, which the text also lists in its header comment. The text still has to compile in the library it joins
 * (its names may clash): callers compile it before writing it.
 *
 * @param template the {@code .ntpl} text, empty when there are problems
 * @param unmapped one sentence for each part that was left out or changed, naming where it was
 * @param problems what stops the import, each with its location
 */
public record TemplateImport(Optional<String> template, List<String> unmapped, List<ImportProblem> problems) {

    public TemplateImport {
        unmapped = List.copyOf(unmapped);
        problems = List.copyOf(problems);
        if (!problems.isEmpty()) {
            template = Optional.empty();
        }
    }

    /** Whether the import can be written. */
    public boolean succeeded() {
        return problems.isEmpty() && template.isPresent();
    }
}
