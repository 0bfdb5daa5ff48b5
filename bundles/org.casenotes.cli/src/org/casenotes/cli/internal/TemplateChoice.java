package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.model.form.FormDefinition;

/**
 * The form a {@code --template ID[@VERSION]} argument names: the installed template of that id (which must have the
 * version, if one is given), else the version the agency published in the data folder given with {@code --data}.
 * What is wrong is said on stderr, with the installed ids or version to choose from.
 */
final class TemplateChoice {

    private final String command;
    private final Supplier<FormCatalogue> forms;

    TemplateChoice(String command, Supplier<FormCatalogue> forms) {
        this.command = command;
        this.forms = forms;
    }

    Optional<FormDefinition> find(String template, Path data, PrintStream err) {
        int at = template.lastIndexOf('@');
        String id = at < 0 ? template : template.substring(0, at);
        Integer version;
        try {
            version = at < 0 ? null : Integer.valueOf(template.substring(at + 1));
        } catch (NumberFormatException e) {
            err.println("casenotes " + command + ": '" + template.substring(at + 1) + "' is not a version number");
            return Optional.empty();
        }
        FormCatalogue library = forms.get();
        Optional<FormDefinition> form = library.installed(id);
        if (form.isPresent() && (version == null || form.get().getVersion() == version)) {
            return form;
        }
        if (data != null && version != null) {
            try {
                Optional<FormDefinition> published = library.publishedIn(data).form(id, version);
                if (published.isPresent()) {
                    return published;
                }
            } catch (IllegalStateException e) { // a published version changed since it was published
                err.println("casenotes " + command + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        if (form.isPresent()) {
            err.println("casenotes " + command + ": " + id + " is installed at version " + form.get().getVersion()
                    + (data == null ? "; for a version your agency published, add --data DIR"
                            : "; version " + version + " is not published in " + data));
        } else {
            err.println("casenotes " + command + ": no template " + id + (version == null ? "" : " version " + version)
                    + (data == null ? " is installed" : " is installed or published in " + data) + "; installed: "
                    + String.join(", ", library.installed().stream().map(FormDefinition::getId).toList()));
        }
        return Optional.empty();
    }
}
