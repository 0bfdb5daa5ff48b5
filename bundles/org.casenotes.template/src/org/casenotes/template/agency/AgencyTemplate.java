package org.casenotes.template.agency;

import java.util.List;
import java.util.Optional;

/**
 * One agency template as the library lists it: its working copy (if the file is still there) and its published
 * versions, oldest first.
 *
 * @param templateId  the qualified id, e.g. {@code agency.AgencySoap}
 * @param workingCopy the editable file, if there is one
 * @param published   the published versions, oldest first
 */
public record AgencyTemplate(String templateId, Optional<WorkingCopy> workingCopy, List<PublishedVersion> published) {

    public AgencyTemplate {
        published = List.copyOf(published);
    }

    /** @return the newest published version, if any was published */
    public Optional<PublishedVersion> latestPublished() {
        return published.isEmpty() ? Optional.empty() : Optional.of(published.get(published.size() - 1));
    }
}
