package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.core.templates.PublishedForms;
import org.casenotes.model.form.FormDefinition;

/**
 * The template versions a note in a data folder can pin, as the workbench offers them (from the same
 * {@link FormCatalogue} service): the version of each installed
 * template, and every version the agency published from its own templates (read from the data folder's
 * {@code published-templates}, each compiled form as it was published). A published version changed since it was
 * published is not used. Looked-up versions are kept, for audits of many notes on few templates; safe to use from
 * several threads.
 */
public final class TemplateVersions implements PinnedForms {

    private final FormCatalogue installed;
    private final PublishedForms agency;
    private final Map<String, Optional<FormDefinition>> known = new ConcurrentHashMap<>();

    TemplateVersions(FormCatalogue installed, PublishedForms agency) {
        this.installed = installed;
        this.agency = agency;
    }

    /**
     * @param caseload a caseload's folder, in a data folder as the workbench keeps it ({@code <data>/caseload})
     * @return the versions of the installed templates and of those the agency published in that data folder
     */
    public static TemplateVersions ofCaseload(Path caseload) {
        Path folder = caseload.toAbsolutePath().normalize();
        Path dataFolder = folder.getParent() == null ? folder : folder.getParent();
        FormCatalogue catalogue = InstalledForms.catalogue();
        return new TemplateVersions(catalogue, catalogue.publishedIn(dataFolder));
    }

    @Override
    public Optional<FormDefinition> form(String templateId, int version) {
        return known.computeIfAbsent(templateId + " " + version, key -> lookUp(templateId, version));
    }

    private Optional<FormDefinition> lookUp(String templateId, int version) {
        Optional<FormDefinition> installedForm = installed.installed(templateId);
        if (installedForm.isPresent()) {
            return installedForm.filter(form -> form.getVersion() == version);
        }
        try {
            return agency.form(templateId, version);
        } catch (IllegalStateException e) { // changed since it was published, or a stored form this version cannot read
            return Optional.empty();
        }
    }
}
