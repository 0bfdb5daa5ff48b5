package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportFile;
import org.casenotes.fhir.QuestionnaireExport;
import org.casenotes.model.form.FormDefinition;

/**
 * {@code casenotes export-questionnaire --template ID[@VERSION] [--out FILE] [--data DIR]}: writes a template as a
 * FHIR R4 Questionnaire (JSON), to standard output or to a file written whole or not at all. An installed template is
 * found by its id (and must have the version, if one is given); a version the agency published is found in the data
 * folder named by {@code --data}. What the Questionnaire cannot express is listed on stderr, one "note:" line each.
 */
final class ExportQuestionnaireCommand implements Command {

    private static final String NAME = "export-questionnaire";

    private final Supplier<FormCatalogue> forms;

    ExportQuestionnaireCommand(Supplier<FormCatalogue> forms) {
        this.forms = forms;
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
        Optional<FormDefinition> form = new TemplateChoice(NAME, forms).find(template, data, err);
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
}
