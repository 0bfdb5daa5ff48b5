package org.casenotes.template.ui.library;

import java.util.List;

import org.casenotes.template.agency.AgencyTemplate;
import org.casenotes.template.agency.PublishedVersion;
import org.casenotes.template.library.TemplateSource;

/** A row of the Template Library view. Rows are matched across refreshes by {@link #key()}. */
public sealed interface LibraryEntry {

    /** @return what identifies the row across refreshes */
    String key();

    /** The installed libraries' templates, read-only. */
    record StandardTemplates(List<TemplateSource> sources) implements LibraryEntry {
        @Override
        public String key() {
            return "standard";
        }
    }

    /** One file of an installed library. */
    record StandardTemplate(TemplateSource source) implements LibraryEntry {
        @Override
        public String key() {
            return "standard:" + source.name();
        }
    }

    /** The agency's own templates. */
    record AgencyTemplates(List<AgencyTemplate> templates) implements LibraryEntry {
        @Override
        public String key() {
            return "agency";
        }
    }

    /** One agency template: its working copy and published versions. */
    record AgencyEntry(AgencyTemplate template) implements LibraryEntry {
        @Override
        public String key() {
            return "agency:" + template.templateId();
        }
    }

    /** One published version of an agency template, read-only. */
    record PublishedEntry(PublishedVersion version) implements LibraryEntry {
        @Override
        public String key() {
            return "published:" + version.templateId() + "@" + version.version();
        }
    }
}
