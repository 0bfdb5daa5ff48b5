package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.casenotes.export.ExportFailedException;
import org.casenotes.export.ExportFile;
import org.casenotes.fhir.KnownDefinitions;
import org.casenotes.fhir.QuestionnaireImport;
import org.casenotes.fhir.RedcapImport;
import org.casenotes.fhir.TemplateImport;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormElement;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

/**
 * {@code casenotes import-questionnaire FILE [--package NAME] [--out FILE]} and {@code casenotes import-redcap FILE
 * [--package NAME] [--out FILE]}: a FHIR R4 Questionnaire (JSON) or a REDCap data dictionary (CSV) as a formatted
 * {@code .ntpl} file, by default beside the input with the extension {@code .ntpl}. The file is written only when the
 * input has no problem and the template compiles beside the installed library, and never over an existing file; each
 * problem is one line on stderr with its location, and what could not be mapped is listed as "note:" lines (and in the
 * file's header comment). Exit 0 written, 1 the input has problems (nothing written), 2 could not run.
 */
final class ImportTemplateCommand implements Command {

    /** Reads one kind of file. */
    @FunctionalInterface
    interface Reader {
        TemplateImport read(String text, String source, String pkg, KnownDefinitions known);
    }

    private final String name;
    private final String what;
    private final Reader reader;
    private final Supplier<TemplateLibrary> installed;

    ImportTemplateCommand(String name, String what, Reader reader, Supplier<TemplateLibrary> installed) {
        this.name = name;
        this.what = what;
        this.reader = reader;
        this.installed = installed;
    }

    static ImportTemplateCommand questionnaire(Supplier<TemplateLibrary> installed) {
        return new ImportTemplateCommand("import-questionnaire", "a FHIR R4 Questionnaire (JSON)",
                QuestionnaireImport::read, installed);
    }

    static ImportTemplateCommand redcap(Supplier<TemplateLibrary> installed) {
        return new ImportTemplateCommand("import-redcap", "a REDCap data dictionary (CSV)",
                (text, source, pkg, known) -> RedcapImport.read(text, source, pkg), installed);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return "FILE [--package NAME] [--out FILE]   " + what + " as a template (.ntpl); nothing written on a problem";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path input = null;
        Path output = null;
        String pkg = "imported";
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--package") || argument.equals("--out")) {
                if (i + 1 == arguments.size()) {
                    err.println("casenotes " + name + ": " + argument + " needs a value");
                    return ExitCode.CANNOT_RUN;
                }
                String value = arguments.get(++i);
                if (argument.equals("--out")) {
                    output = Path.of(value);
                } else {
                    pkg = value;
                }
            } else if (argument.startsWith("--") || input != null) {
                err.println("casenotes " + name + ": unexpected argument '" + argument + "'; usage: casenotes " + name
                        + " " + usage());
                return ExitCode.CANNOT_RUN;
            } else {
                input = Path.of(argument);
            }
        }
        if (input == null) {
            err.println("casenotes " + name + ": name the file to import; usage: casenotes " + name + " " + usage());
            return ExitCode.CANNOT_RUN;
        }
        if (!pkg.matches("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*")) {
            err.println("casenotes " + name + ": the package '" + pkg + "' is not a package name (e.g. agency.imported)");
            return ExitCode.CANNOT_RUN;
        }
        return importFile(input, output != null ? output : ntplBeside(input), pkg, out, err);
    }

    private int importFile(Path input, Path target, String pkg, PrintStream out, PrintStream err) {
        if (Files.exists(target)) {
            err.println("casenotes " + name + ": " + target + " exists; name another file with --out. Nothing was"
                    + " written.");
            return ExitCode.CANNOT_RUN;
        }
        String text;
        try {
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("casenotes " + name + ": cannot read " + input + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCode.CANNOT_RUN;
        }
        TemplateLibrary library = installed.get();
        TemplateImport imported = reader.read(text, input.getFileName().toString(), pkg, known(library.compile()));
        if (!imported.succeeded()) {
            imported.problems().forEach(problem -> err.println(input + ": " + problem));
            err.println("casenotes " + name + ": " + imported.problems().size() + (imported.problems().size() == 1
                    ? " problem" : " problems") + "; nothing was written.");
            return ExitCode.ERRORS_FOUND;
        }
        String template = imported.template().orElseThrow();
        String sourceName = target.toAbsolutePath().normalize().toString();
        CompiledLibrary compiled = library.withSource(new TemplateSource(sourceName, template)).compile();
        List<TemplateDiagnostic> errors = compiled.diagnosticsOf(sourceName).stream()
                .filter(TemplateDiagnostic::isError).toList();
        if (!errors.isEmpty()) {
            errors.forEach(error -> err.println(error));
            err.println("casenotes " + name + ": the template made from " + input + " does not compile beside the"
                    + " installed library (a name may be taken: try another --package); nothing was written.");
            return ExitCode.ERRORS_FOUND;
        }
        try (ExportFile file = ExportFile.create(target)) {
            file.stream().write(template.getBytes(StandardCharsets.UTF_8));
            file.commit();
        } catch (IOException e) {
            err.println("casenotes " + name + ": " + ExportFile.failure(target, e).getMessage());
            return ExitCode.CANNOT_RUN;
        } catch (ExportFailedException e) {
            err.println("casenotes " + name + ": " + e.getMessage());
            return ExitCode.CANNOT_RUN;
        }
        imported.unmapped().forEach(note -> err.println("note: not mapped: " + note));
        String templates = compiled.forms().stream().map(FormDefinition::getId)
                .filter(id -> id.startsWith(pkg + ".")).sorted().collect(Collectors.joining(", "));
        out.printf("Wrote %s (%s); %d %s not mapped, listed in its header.%n", target, templates,
                imported.unmapped().size(), imported.unmapped().size() == 1 ? "thing" : "things");
        return ExitCode.CLEAN;
    }

    private static Path ntplBeside(Path input) {
        String file = input.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + ".ntpl");
    }

    /** The option sets and instruments the installed forms use. */
    static KnownDefinitions known(CompiledLibrary library) {
        Map<String, List<String>> sets = new HashMap<>();
        Map<String, List<String>> instruments = new HashMap<>();
        for (FormDefinition form : library.forms()) {
            for (FormElement element : FormDefinitions.allElements(form)) {
                if (element instanceof Field field && field.getType() instanceof ChoiceType choice
                        && choice.getOptionSetId() != null) {
                    sets.put(choice.getOptionSetId(), choice.getOptions().stream().map(o -> o.getId()).toList());
                } else if (element instanceof InstrumentBlock block && block.getInstrument() != null) {
                    instruments.put(block.getInstrument().getId(),
                            block.getInstrument().getItems().stream().map(i -> i.getId()).toList());
                }
            }
        }
        return new KnownDefinitions(sets, instruments);
    }
}
