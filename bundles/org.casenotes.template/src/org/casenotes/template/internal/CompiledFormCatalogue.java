package org.casenotes.template.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.core.templates.PublishedForms;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * The {@link FormCatalogue} service (component {@code OSGI-INF/form-catalogue.xml}): the contributed libraries
 * compiled once, on first use, and the agency's published forms through {@link AgencyTemplateLibrary}.
 */
public final class CompiledFormCatalogue implements FormCatalogue {

    private volatile CompiledLibrary compiled;

    @Override
    public List<FormDefinition> installed() {
        return library().forms();
    }

    @Override
    public Optional<FormDefinition> installed(String templateId) {
        return library().form(templateId);
    }

    private CompiledLibrary library() {
        CompiledLibrary known = compiled;
        if (known == null) {
            synchronized (this) {
                if (compiled == null) {
                    compiled = TemplateLibrary.contributed().compile();
                }
                known = compiled;
            }
        }
        return known;
    }

    @Override
    public PublishedForms publishedIn(Path dataFolder) {
        return new AgencyPublishedForms(AgencyTemplateLibrary.inDataFolder(dataFolder));
    }

    @Override
    public Optional<FormDefinition> compile(String origin, String templateId, int version, String text) {
        return TemplateLibrary.contributed().withSource(new TemplateSource(origin, text)).compile().form(templateId)
                .filter(form -> form.getVersion() == version);
    }

    /** The published forms of one data folder's agency library. */
    private record AgencyPublishedForms(AgencyTemplateLibrary library) implements PublishedForms {

        @Override
        public Optional<FormDefinition> form(String templateId, int version) {
            return library.form(templateId, version);
        }

        @Override
        public Optional<FormDefinition> latest(String templateId) {
            return library.latestPublished(templateId).flatMap(newest -> {
                try {
                    return library.form(templateId, newest.version());
                } catch (IllegalStateException e) {
                    return Optional.empty(); // tampered or unreadable: left out, as AgencyTemplateLibrary#problems reports
                }
            });
        }

        @Override
        public List<FormDefinition> latestForms() {
            return library.latestPublishedForms();
        }
    }
}
