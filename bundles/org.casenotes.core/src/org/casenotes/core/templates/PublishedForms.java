package org.casenotes.core.templates;

import java.util.List;
import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * The versions an agency published from its own templates in one data folder (see
 * {@link FormCatalogue#publishedIn(java.nio.file.Path)}). A published version never changes: its form is the one
 * stored when it was published, and a version whose text or stored form was changed since is refused.
 */
public interface PublishedForms {

    /**
     * @return the form of that published version, or empty when it was never published
     * @throws IllegalStateException when it was changed or removed since it was published, or cannot be read by this
     *                               version of Casenotes (the message says which)
     */
    Optional<FormDefinition> form(String templateId, int version);

    /** @return the form of the newest published version of the template, if one can be read */
    Optional<FormDefinition> latest(String templateId);

    /** @return the newest published version of every agency template that can be read */
    List<FormDefinition> latestForms();

    /** @return no published forms (for a workbench without a data folder) */
    static PublishedForms none() {
        return new PublishedForms() {
            @Override
            public Optional<FormDefinition> form(String templateId, int version) {
                return Optional.empty();
            }

            @Override
            public Optional<FormDefinition> latest(String templateId) {
                return Optional.empty();
            }

            @Override
            public List<FormDefinition> latestForms() {
                return List.of();
            }
        };
    }
}
