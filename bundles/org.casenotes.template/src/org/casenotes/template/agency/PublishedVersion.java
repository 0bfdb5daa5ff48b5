package org.casenotes.template.agency;

import java.nio.file.Path;

/**
 * One published, immutable version of an agency template.
 *
 * @param templateId the qualified id, e.g. {@code agency.AgencySoap}
 * @param version    its version
 * @param file       the read-only file holding the text as published
 */
public record PublishedVersion(String templateId, int version, Path file) {
}
