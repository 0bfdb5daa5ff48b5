package org.casenotes.export;

import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * Finds the form a note was written on, by the template id and version it pinned, so that it is printed with that
 * version's sections and labels. The workbench passes its note forms, the command line the installed and published
 * templates of the caseload's data folder.
 */
@FunctionalInterface
public interface FormLookup {

    /** @return the form of this template version, or empty when it is not known here */
    Optional<FormDefinition> form(String templateId, int version);
}
