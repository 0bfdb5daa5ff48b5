package org.casenotes.core.templates;

import java.util.Optional;

/**
 * Somewhere else a version published from a workbench's agency library goes too, such as the agency server whose
 * caseload is open there, so that it reaches every clinician of the agency and not only this machine. Registered as
 * an OSGi service; the designer's Publish hands each version it published to every outlet that has a
 * {@linkplain #destination() destination} at that moment, and tells the designer if one refused.
 *
 * <pre>{@code
 * bundleContext.registerService(PublicationOutlet.class, new PublicationOutlet() {
 *     public Optional<String> destination() {
 *         return Optional.of("the agency's shared folder");
 *     }
 *
 *     public void publish(String templateId, int version, String title, String text) {
 *         // write text to the shared folder, refusing a version that is there already
 *     }
 * }, null);
 * }</pre>
 */
public interface PublicationOutlet {

    /** @return where published versions go now, as the designer is told (empty while nowhere, e.g. no server open) */
    Optional<String> destination();

    /**
     * Publishes a version there too. A published version never changes, so an outlet refuses a version it has.
     *
     * @param templateId the template's qualified id
     * @param version    the version published on the workbench
     * @param title      the template's title
     * @param text       the version's template-language text
     * @throws RuntimeException with a sentence for the designer if the destination refused
     */
    void publish(String templateId, int version, String title, String text);
}
