package org.casenotes.template.ui.library;

import java.util.List;

import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.ui.library.LibraryEntry.AgencyEntry;
import org.casenotes.template.ui.library.LibraryEntry.AgencyTemplates;
import org.casenotes.template.ui.library.LibraryEntry.PublishedEntry;
import org.casenotes.template.ui.library.LibraryEntry.StandardTemplate;
import org.casenotes.template.ui.library.LibraryEntry.StandardTemplates;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * The rows of the Template Library view, read afresh on every refresh: the installed templates, then the agency's,
 * each with its published versions (newest first). The input is the {@link AgencyTemplateLibrary}.
 */
final class LibraryContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        AgencyTemplateLibrary agency = (AgencyTemplateLibrary) input;
        return new Object[] { new StandardTemplates(TemplateLibrary.contributed().sources()),
                new AgencyTemplates(agency.templates()) };
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch ((LibraryEntry) parent) {
        case StandardTemplates standard -> standard.sources().stream().map(StandardTemplate::new).toArray();
        case AgencyTemplates agency -> agency.templates().stream().map(AgencyEntry::new).toArray();
        case AgencyEntry entry -> entry.template().published().reversed().stream().map(PublishedEntry::new)
                .toArray();
        default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch ((LibraryEntry) element) {
        case StandardTemplates standard -> !standard.sources().isEmpty();
        case AgencyTemplates agency -> !agency.templates().isEmpty();
        case AgencyEntry entry -> !entry.template().published().isEmpty();
        default -> false;
        };
    }

    /** @return the label of a row, as the view shows it */
    static String label(LibraryEntry entry) {
        return switch (entry) {
        case StandardTemplates standard -> "Standard templates (read-only)";
        case StandardTemplate template -> shortName(template.source().name());
        case AgencyTemplates agency -> "Agency templates";
        case AgencyEntry agency -> agency.template().workingCopy()
                .map(copy -> copy.templateId() + " \u2014 " + copy.title() + " (editing version " + copy.version()
                        + ")")
                .orElse(agency.template().templateId() + " (no working copy)") + published(agency);
        case PublishedEntry published -> "version " + published.version().version() + " (published, read-only)";
        };
    }

    private static String published(AgencyEntry agency) {
        List<Integer> versions = agency.template().published().stream().map(p -> p.version()).toList();
        return versions.isEmpty() ? ", not published" : ", published " + versions;
    }

    /** @return {@code std/progress/soap.ntpl} for {@code org.casenotes.templates.std/templates/std/progress/soap.ntpl} */
    private static String shortName(String sourceName) {
        int templates = sourceName.indexOf("/templates/");
        return templates >= 0 ? sourceName.substring(templates + "/templates/".length()) : sourceName;
    }
}
