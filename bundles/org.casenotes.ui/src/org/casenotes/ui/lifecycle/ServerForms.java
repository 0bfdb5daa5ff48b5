package org.casenotes.ui.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.PublishedTemplate;
import org.eclipse.core.runtime.ILog;

/**
 * The forms of the templates an agency published on its server (see {@link AgencySession#publishedTemplates()}):
 * each version's text compiled here against the installed libraries, once per version (a published version never
 * changes). The list of published versions is read from the server when a new note's templates are offered, so a
 * version published a moment ago on another workbench is offered at once.
 */
final class ServerForms {

    private final FormCatalogue catalogue;
    private final Map<String, Optional<FormDefinition>> compiled = new ConcurrentHashMap<>();
    private volatile List<PublishedTemplate> newest = List.of();
    private volatile AgencySession readFrom;

    ServerForms(FormCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @return the newest published version of each template on the session's server, read from it now */
    List<FormDefinition> newest(AgencySession session) {
        refresh(session);
        return newest.stream().map(this::compile).flatMap(Optional::stream).toList();
    }

    /** @return the newest published version of {@code templateId}, as last read (read now if never) */
    Optional<FormDefinition> latest(AgencySession session, String templateId) {
        if (readFrom != session) {
            refresh(session);
        }
        return newest.stream().filter(template -> template.templateId().equals(templateId)).findFirst()
                .flatMap(this::compile);
    }

    /** @return the form of one published version, if the server has it */
    Optional<FormDefinition> form(AgencySession session, String templateId, int version) {
        Optional<FormDefinition> known = compiled.get(key(templateId, version));
        if (known != null) {
            return known;
        }
        try {
            return session.allPublishedTemplates().stream()
                    .filter(template -> template.templateId().equals(templateId) && template.version() == version)
                    .findFirst().flatMap(this::compile);
        } catch (CaseloadStoreException e) {
            return Optional.empty(); // locked or unreachable: the note says its form is not available
        }
    }

    private void refresh(AgencySession session) {
        try {
            newest = session.publishedTemplates();
            readFrom = session;
        } catch (CaseloadStoreException e) {
            ILog.of(ServerForms.class).warn("Cannot read the agency server's published templates: "
                    + e.getMessage());
        }
    }

    private Optional<FormDefinition> compile(PublishedTemplate template) {
        return compiled.computeIfAbsent(key(template.templateId(), template.version()), key -> {
            Optional<FormDefinition> form = catalogue.compile("agency-server:" + key, template.templateId(),
                    template.version(), template.source());
            if (form.isEmpty()) {
                ILog.of(ServerForms.class).warn("The agency server's template " + key + " does not compile with the"
                        + " templates installed here; it is not offered.");
            }
            return form;
        });
    }

    private static String key(String templateId, int version) {
        return templateId + "@" + version;
    }
}
