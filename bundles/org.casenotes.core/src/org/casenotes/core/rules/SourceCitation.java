package org.casenotes.core.rules;

import java.util.Objects;

/**
 * Where a rule or a word-list entry comes from, shown beside each finding so a clinician can see
 * why the workbench asks for a change.
 *
 * @param title human-readable name of the source, e.g. {@code NIDA, "Words Matter"}
 * @param reference a URL or a legal citation; empty when the title says it all
 */
public record SourceCitation(String title, String reference) {

    public SourceCitation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
        if (title.isBlank()) {
            throw new IllegalArgumentException("a source citation needs a title");
        }
    }

    @Override
    public String toString() {
        return reference.isEmpty() ? title : title + " (" + reference + ")";
    }
}
