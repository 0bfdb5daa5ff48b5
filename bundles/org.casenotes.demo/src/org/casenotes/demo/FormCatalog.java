package org.casenotes.demo;

import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * Where the demo finds the form definitions its notes are written on, by qualified template id (for example
 * {@code std.progress.SoapNote}). The compiled standard template library is the natural catalog; {@link DemoForms}
 * is a stand-in with the same ids and field ids for when that library is not available.
 */
@FunctionalInterface
public interface FormCatalog {

    /** @return the form definition with this qualified id, if the catalog has it */
    Optional<FormDefinition> form(String templateId);
}
