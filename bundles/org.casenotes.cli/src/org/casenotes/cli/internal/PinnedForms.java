package org.casenotes.cli.internal;

import java.util.Optional;

import org.casenotes.model.form.FormDefinition;

/**
 * The forms notes were written on, by the template id and version each note pinned: a note is checked against that
 * version, never against another version of the same template.
 */
@FunctionalInterface
public interface PinnedForms {

    /** @return the form of this template version, or empty when it is neither installed nor published */
    Optional<FormDefinition> form(String templateId, int version);
}
