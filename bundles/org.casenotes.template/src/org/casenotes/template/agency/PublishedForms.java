package org.casenotes.template.agency;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.eclipse.emf.common.util.URI;

/**
 * The forms of published versions, kept once read: the compiled form stored with a version is read from its XMI;
 * a version published before compiled forms were stored is compiled from its text in the context of the installed
 * libraries. A version is read or compiled again only if its file (checked by its checksum) is not the one read
 * before.
 */
final class PublishedForms {

    private record Kept(String checksum, Optional<FormDefinition> form) {
    }

    private final TemplateLibrary installed;
    private final Map<String, Kept> cache = new ConcurrentHashMap<>();

    PublishedForms(TemplateLibrary installed) {
        this.installed = installed;
    }

    /**
     * @return the form stored with {@code version}, read from {@code xmi} (verified against the manifest), its source
     *         being the version's published text, as when a version is compiled
     */
    FormDefinition stored(PublishedVersion version, byte[] xmi) {
        String checksum = ChecksumManifest.sha256(xmi);
        Kept kept = cache.get(key(version));
        if (kept == null || !kept.checksum().equals(checksum)) {
            URI origin = URI.createFileURI(PublishedShelf.storedFormOf(version.file()).toAbsolutePath().toString());
            FormDefinition form = StoredForm.read(xmi, origin);
            form.setSourceUri(sourceOf(version));
            kept = new Kept(checksum, Optional.of(form));
            cache.put(key(version), kept);
        }
        return kept.form().orElseThrow();
    }

    /**
     * @return the form of a {@code version} published without its compiled form, compiled from {@code text} with the
     *         installed libraries, if it compiles to that id and version
     */
    Optional<FormDefinition> compiled(PublishedVersion version, String text) {
        String checksum = ChecksumManifest.sha256(text);
        Kept kept = cache.get(key(version));
        if (kept == null || !kept.checksum().equals(checksum)) {
            Optional<FormDefinition> form = alone(sourceOf(version), text)
                    .form(version.templateId()).filter(f -> f.getVersion() == version.version());
            kept = new Kept(checksum, form);
            cache.put(key(version), kept);
        }
        return kept.form();
    }

    private static String sourceOf(PublishedVersion version) {
        return version.file().toAbsolutePath().normalize().toString();
    }

    private static String key(PublishedVersion version) {
        return version.templateId() + "@" + version.version();
    }

    /** @return the installed libraries plus the one text {@code text} named {@code name}, compiled */
    CompiledLibrary alone(String name, String text) {
        return installed.withSource(new TemplateSource(name, text)).compile();
    }
}
