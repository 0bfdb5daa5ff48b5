package org.casenotes.store.server;

import java.time.Instant;
import java.util.Objects;

/**
 * One published version of an agency template as the server keeps it for every clinician: its template-language
 * text, compiled by each workbench against its installed libraries. A published version never changes.
 *
 * @param templateId  the template's id
 * @param version     its version
 * @param title       its title, as the new-note wizard lists it
 * @param source      the version's template-language text
 * @param publishedBy the administrator who published it
 * @param publishedAt when
 */
public record PublishedTemplate(String templateId, int version, String title, String source, String publishedBy,
        Instant publishedAt) {

    public PublishedTemplate {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(publishedBy, "publishedBy");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
