package org.casenotes.ui.lifecycle;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.casenotes.demo.DemoForms;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.store.server.AgencySession;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.agency.TamperedVersionException;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.ui.DataFolder;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.core.runtime.ILog;

/**
 * The form definitions notes are written on: the compiled template library of the installed plugins (compiled once,
 * on first use), the versions the agency has PUBLISHED from its own templates (read from the data folder on each
 * request, so a version published a moment ago is offered at once; working copies are never offered), and, for demo
 * notes whose template the library lacks, the demo's stand-in forms. A note is always opened on the definition with
 * its own template id and version; new notes get the newest published version of an agency template.
 */
public final class NoteForms {

    private static NoteForms installed;

    private final CompiledLibrary library;
    private final Optional<AgencyTemplateLibrary> agency;
    private final DemoForms demo = new DemoForms();
    private final ServerForms server = new ServerForms();

    NoteForms(CompiledLibrary library, Optional<AgencyTemplateLibrary> agency) {
        this.library = library;
        this.agency = agency;
    }

    /**
     * @return the forms of the installed template libraries and of the agency's published templates in the data
     *         folder; compiles the installed ones on the first call
     */
    public static synchronized NoteForms installed() {
        if (installed == null) {
            installed = new NoteForms(TemplateLibrary.contributed().compile(), agencyOfDataFolder());
        }
        return installed;
    }

    private static Optional<AgencyTemplateLibrary> agencyOfDataFolder() {
        try {
            return Optional.of(AgencyTemplateLibrary.inDataFolder(DataFolder.current()));
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** @return the definition with this id and version, if known (a tampered published version is not) */
    public Optional<FormDefinition> form(String templateId, int version) {
        Optional<FormDefinition> installedForm = library.form(templateId).or(() -> demo.form(templateId));
        if (installedForm.isPresent()) {
            return installedForm.filter(form -> form.getVersion() == version);
        }
        return agency.flatMap(published -> {
            try {
                return published.form(templateId, version);
            } catch (TamperedVersionException e) {
                ILog.of(NoteForms.class).error(e.getMessage(), e);
                return Optional.empty();
            }
        }).or(() -> agencyServer().flatMap(session -> server.form(session, templateId, version)));
    }

    /** @return the agency server whose caseload is open, if one is */
    private static Optional<AgencySession> agencyServer() {
        return CaseloadSession.current().agency();
    }

    /** @return the newest definition with this id, for new notes (for agency templates: the newest published) */
    public Optional<FormDefinition> latest(String templateId) {
        return library.form(templateId).or(() -> demo.form(templateId)).or(() -> latestPublished(templateId))
                .or(() -> agencyServer().flatMap(session -> server.latest(session, templateId)));
    }

    /**
     * The newest published version of one agency template, read alone: every timeline row and note view names its
     * template through {@link #latest}, and reading and verifying all the agency's published templates for each row
     * was file reading on a path the client view takes once per note.
     */
    private Optional<FormDefinition> latestPublished(String templateId) {
        return agency.flatMap(published -> published.latestPublished(templateId).flatMap(newest -> {
            try {
                return published.form(templateId, newest.version());
            } catch (IllegalStateException e) {
                return Optional.empty(); // tampered or unreadable: left out, as AgencyTemplateLibrary#problems reports
            }
        }));
    }

    /**
     * @return the templates a new note of {@code kind} can be written on, by title: the installed ones and the
     *         newest published version of each agency template
     */
    public List<FormDefinition> ofKind(FormKind kind) {
        return Stream.concat(library.forms().stream(), agencyForms().stream()).filter(form -> form.getKind() == kind)
                .sorted(Comparator.comparing(NoteForms::title)).toList();
    }

    /**
     * @return the instruments the installed and published templates declare (PHQ-9, GAD-7, an agency's own), one per
     *         id, by title
     */
    public List<Instrument> instruments() {
        Map<String, Instrument> byId = new LinkedHashMap<>();
        Stream.concat(library.forms().stream(), agencyForms().stream()).flatMap(form -> form.getInstruments().stream())
                .forEach(instrument -> byId.putIfAbsent(instrument.getId(), instrument));
        return byId.values().stream().sorted(Comparator.comparing(NoteForms::title)).toList();
    }

    /** @return the title of an instrument, or its id if it has none */
    public static String title(Instrument instrument) {
        return instrument.getTitle() == null ? instrument.getId() : instrument.getTitle();
    }

    /** @return whether {@code form} is a published agency template (not one of the installed libraries) */
    public boolean isAgencyForm(FormDefinition form) {
        return library.form(form.getId()).isEmpty() && demo.form(form.getId()).isEmpty();
    }

    /**
     * The agency's published templates: those published on this workbench, then those the open agency server's
     * administrators published for every clinician (read from the server each time, see {@link ServerForms}).
     */
    private List<FormDefinition> agencyForms() {
        List<FormDefinition> local = agency.map(AgencyTemplateLibrary::latestPublishedForms).orElse(List.of());
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
