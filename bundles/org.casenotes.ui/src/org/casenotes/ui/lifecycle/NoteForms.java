package org.casenotes.ui.lifecycle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.core.templates.PublishedForms;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.store.server.AgencySession;
import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.core.runtime.ILog;

/**
 * The form definitions notes are written on, as the workbench offers them, all from the {@link FormCatalogue}
 * service: the compiled template library of the installed plugins (compiled once, on first use), the versions the
 * agency has PUBLISHED from its own templates (read from the data folder on each request, so a version published a
 * moment ago is offered at once; working copies are never offered), and those the open agency server's administrators
 * published. A note is always opened on the definition with its own template id and version; new notes get the
 * newest published version of an agency template.
 */
public final class NoteForms {

    private static NoteForms installed;

    private final FormCatalogue library;
    private final PublishedForms agency;
    private final ServerForms server;

    NoteForms(FormCatalogue library, PublishedForms agency) {
        this.library = library;
        this.agency = agency;
        this.server = new ServerForms(library);
    }

    /**
     * @return the forms of the installed template libraries and of the agency's published templates in the data
     *         folder; compiles the installed ones on the first call (so call it first off the display thread, as
     *         {@link org.casenotes.ui.caseload.TemplateTitles#warmUp()} does)
     */
    public static synchronized NoteForms installed() {
        if (installed == null) {
            FormCatalogue catalogue = FormCatalogue.service(NoteForms.class);
            catalogue.installed();
            installed = new NoteForms(catalogue, agencyOfDataFolder(catalogue));
        }
        return installed;
    }

    private static PublishedForms agencyOfDataFolder(FormCatalogue catalogue) {
        try {
            return catalogue.publishedIn(WorkbenchDataFolder.current());
        } catch (IllegalStateException e) {
            return PublishedForms.none();
        }
    }

    /** @return the definition with this id and version, if known (a tampered published version is not) */
    public Optional<FormDefinition> form(String templateId, int version) {
        Optional<FormDefinition> installedForm = library.installed(templateId);
        if (installedForm.isPresent()) {
            return installedForm.filter(form -> form.getVersion() == version);
        }
        Optional<FormDefinition> published;
        try {
            published = agency.form(templateId, version);
        } catch (IllegalStateException e) { // changed since it was published, or unreadable here
            ILog.of(NoteForms.class).error(e.getMessage(), e);
            published = Optional.empty();
        }
        return published.or(() -> agencyServer().flatMap(session -> server.form(session, templateId, version)));
    }

    /** @return the agency server whose caseload is open, if one is */
    private static Optional<AgencySession> agencyServer() {
        return CaseloadSession.current().agency();
    }

    /** @return the newest definition with this id, for new notes (for agency templates: the newest published) */
    public Optional<FormDefinition> latest(String templateId) {
        return library.installed(templateId).or(() -> agency.latest(templateId))
                .or(() -> agencyServer().flatMap(session -> server.latest(session, templateId)));
    }

    /**
     * @return the templates a new note of {@code kind} can be written on, by title: the installed ones and the
     *         newest published version of each agency template
     */
    public List<FormDefinition> ofKind(FormKind kind) {
        return Stream.concat(library.installed().stream(), agencyForms().stream()).filter(form -> form.getKind() == kind)
                .sorted(Comparator.comparing(NoteForms::title)).toList();
    }

    /**
     * @return the instruments the installed and published templates declare (PHQ-9, GAD-7, an agency's own), one per
     *         id, by title
     */
    public List<Instrument> instruments() {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        Stream.concat(library.installed().stream(), agencyForms().stream()).flatMap(form -> form.getInstruments().stream())
                .forEach(instrument -> byId.putIfAbsent(instrument.getId(), instrument));
        return byId.values().stream().sorted(Comparator.comparing(NoteForms::title)).toList();
    }

    /** @return the title of an instrument, or its id if it has none */
    public static String title(Instrument instrument) {
        return instrument.getTitle() == null ? instrument.getId() : instrument.getTitle();
    }

    /** @return whether {@code form} is a published agency template (not one of the installed libraries) */
    public boolean isAgencyForm(FormDefinition form) {
        return library.installed(form.getId()).isEmpty();
    }

    /**
     * The agency's published templates: those published on this workbench, then those the open agency server's
     * administrators published for every clinician (read from the server each time, see {@link ServerForms}).
     */
    private List<FormDefinition> agencyForms() {
        List<FormDefinition> local = agency.latestForms();
        List<FormDefinition> onServer = agencyServer().map(server::newest).orElse(List.of());
        if (onServer.isEmpty()) {
            return local;
        }
        List<String> localIds = local.stream().map(FormDefinition::getId).toList();
        return Stream.concat(local.stream(), onServer.stream().filter(form -> !localIds.contains(form.getId())))
                .toList();
    }

    /**
     * @return how a template is offered for a new note or letter: its title, and for an agency template also that it
     *         is one, with the published version new documents are written on
     */
    public String choiceLabel(FormDefinition form) {
        String title = title(form);
        return isAgencyForm(form) ? title + " (agency template, version " + form.getVersion() + ")" : title;
    }

    /** @return the title of a form, or its id if it has none */
    public static String title(FormDefinition form) {
        return form.getTitle() == null ? form.getId() : form.getTitle();
    }
}
