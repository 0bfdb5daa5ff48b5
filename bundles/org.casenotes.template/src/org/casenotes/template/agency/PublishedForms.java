package org.casenotes.template.agency;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * Compiles published versions in the context of the installed libraries, each on its own, and keeps the results:
 * a version is compiled again only if its text (checked by its checksum) is not the one compiled before.
 */
final class PublishedForms {

	private record Compiled(String checksum, Optional<FormDefinition> form) {
	}

	private final TemplateLibrary installed;
	private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

	PublishedForms(TemplateLibrary installed) {
		this.installed = installed;
	}

	/** @return the form of {@code version} compiled from {@code text}, if it compiles to that id and version */
	Optional<FormDefinition> form(PublishedVersion version, String text) {
		String checksum = ChecksumManifest.sha256(text);
		Compiled compiled = cache.get(key(version));
		if (compiled == null || !compiled.checksum().equals(checksum)) {
			Optional<FormDefinition> form = alone(version.file().toAbsolutePath().normalize().toString(), text)
					.form(version.templateId()).filter(f -> f.getVersion() == version.version());
			compiled = new Compiled(checksum, form);
			cache.put(key(version), compiled);
		}
		return compiled.form();
	}

	/** Keeps a form compiled while publishing {@code version} from {@code text}. */
	void remember(PublishedVersion version, String text, FormDefinition form) {
		cache.put(key(version), new Compiled(ChecksumManifest.sha256(text), Optional.of(form)));
	}

	private static String key(PublishedVersion version) {
		return version.templateId() + "@" + version.version();
	}

	/** @return the installed libraries plus the one text {@code text} named {@code name}, compiled */
	CompiledLibrary alone(String name, String text) {
		return installed.withSource(new TemplateSource(name, text)).compile();
	}
}
