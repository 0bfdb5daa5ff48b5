package org.casenotes.ui.lifecycle;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casenotes.demo.DemoForms;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateLibrary;

/**
 * The form definitions notes are written on: the compiled template library of the installed plugins (compiled once,
 * on first use), and, for demo notes whose template the library lacks, the demo's stand-in forms. A note is always
 * opened on the definition with its own template id and version.
 */
public final class NoteForms {

    private static NoteForms installed;

    private final CompiledLibrary library;
    private final DemoForms demo = new DemoForms();

    private NoteForms(CompiledLibrary library) {
        this.library = library;
    }

    /** @return the forms of the installed template libraries; compiles them on the first call */
    public static synchronized NoteForms installed() {
        if (installed == null) {
            installed = new NoteForms(TemplateLibrary.contributed().compile());
        }
        return installed;
    }

    /** @return the definition with this id and version, if known */
    public Optional<FormDefinition> form(String templateId, int version) {
        return library.form(templateId).or(() -> demo.form(templateId))
                .filter(form -> form.getVersion() == version);
    }

    /** @return the newest definition with this id, for new notes */
    public Optional<FormDefinition> latest(String templateId) {
        return library.form(templateId).or(() -> demo.form(templateId));
    }

    /** @return the templates a new note of {@code kind} can be written on, by title */
    public List<FormDefinition> ofKind(FormKind kind) {
        return library.forms().stream().filter(form -> form.getKind() == kind)
                .sorted(Comparator.comparing(NoteForms::title)).toList();
    }

    /** @return the title of a form, or its id if it has none */
    public static String title(FormDefinition form) {
        return form.getTitle() == null ? form.getId() : form.getTitle();
    }
}
