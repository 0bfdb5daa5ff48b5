package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportFile;
import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.template.agency.AgencyTemplateLibrary;
import org.casenotes.template.library.CompiledLibrary;

/**
 * {@code casenotes export-questionnaire --template ID[@VERSION] [--out FILE] [--data DIR]}: writes a template as a
 * FHIR R4 Questionnaire (JSON), to standard output or to a file written whole or not at all. An installed template is
 * found by its id (and must have the version, if one is given); a version the agency published is found in the data
 * folder named by {@code --data}. What the Questionnaire cannot express is listed on stderr, one "note:" line each.
 */
final class ExportQuestionnaireCommand implements Command {

    private static final String NAME = "export-questionnaire";

    private final Supplier<CompiledLibrary> installed;
    private final Function<Path, AgencyTemplateLibrary> agency;

    ExportQuestionnaireCommand(Supplier<CompiledLibrary> installed, Function<Path, AgencyTemplateLibrary> agency) {
        this.installed = installed;
        this.agency = agency;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String usage() {
        return "--template ID[@VERSION] [--out FILE] [--data DIR]   a template as a FHIR R4 Questionnaire (JSON)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String template = null;
        Path file = null;
        Path data = null;
        for (int i = 0; i < arguments.size(); i++) {
            String option = arguments.get(i);
            if (!List.of("--template", "--out", "--data").contains(option)) {
                err.println("casenotes " + NAME + ": unknown argument " + option);
                return ExitCode.CANNOT_RUN;
            }
            if (i + 1 == arguments.size()) {
                err.println("casenotes " + NAME + ": " + option + " needs a value");
                return ExitCode.CANNOT_RUN;
            }
            String value = arguments.get(++i);
            switch (option) {
                case "--template" -> template = value;
                case "--out" -> file = Path.of(value);
                default -> data = Path.of(value);
            }
        }
        if (template == null) {
            err.println("casenotes " + NAME + ": name the template, e.g. --template std.progress.SoapNote@1");
            return ExitCode.CANNOT_RUN;
        }
        int at = template.lastIndexOf('@');
        String id = at < 0 ? template : template.substring(0, at);
        Integer version;
        try {
            version = at < 0 ? null : Integer.valueOf(template.substring(at + 1));
        } catch (NumberFormatException e) {
            err.println("casenotes " + NAME + ": '" + template.substring(at + 1) + "' is not a version number");
            return ExitCode.CANNOT_RUN;
        }
        Optional<FormDefinition> form = find(id, version, data, err);
        if (form.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        QuestionnaireExport export = QuestionnaireExport.of(form.get());
        if (file == null) {
            out.println(export.json());
        } else {
            try (ExportFile target = ExportFile.create(file)) {
                target.stream().write(export.json().getBytes(StandardCharsets.UTF_8));
                target.commit();
            } catch (IOException e) {
                err.println("casenotes " + NAME + ": " + ExportFile.failure(file, e).getMessage());
                return ExitCode.CANNOT_RUN;
            } catch (ExportFailedException e) {
                err.println("casenotes " + NAME + ": " + e.getMessage());
                return ExitCode.CANNOT_RUN;
            }
        }
        export.unmapped().forEach(note -> err.println("note: not in the Questionnaire: " + note));
        return ExitCode.CLEAN;
    }

    private Optional<FormDefinition> find(String id, Integer version, Path data, PrintStream err) {
        CompiledLibrary library = installed.get();
        Optional<FormDefinition> form = library.form(id);
        if (form.isPresent() && (version == null || form.get().getVersion() == version)) {
            return form;
        }
        if (data != null && version != null) {
            try {
                Optional<FormDefinition> published = agency.apply(data).form(id, version);
                if (published.isPresent()) {
                    return published;
                }
            } catch (IllegalStateException e) { // a published version changed since it was published
                err.println("casenotes " + NAME + ": " + e.getMessage());
                return Optional.empty();
            }
        }
        if (form.isPresent()) {
            err.println("casenotes " + NAME + ": " + id + " is installed at version " + form.get().getVersion()
                    + (data == null ? "; for a version your agency published, add --data DIR"
                            : "; version " + version + " is not published in " + data));
        } else {
            err.println("casenotes " + NAME + ": no template " + id + (version == null ? "" : " version " + version)
                    + (data == null ? " is installed" : " is installed or published in " + data)
                    + "; installed: " + String.join(", ", library.forms().stream().map(FormDefinition::getId)
                            .toList()));
        }
        return Optional.empty();
    }
}
