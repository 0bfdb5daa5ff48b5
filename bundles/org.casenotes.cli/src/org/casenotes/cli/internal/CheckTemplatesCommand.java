package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code casenotes check-templates [--json] PATH...}: parses, validates and compiles an agency's {@code .ntpl}
 * templates (folders or files) together with the installed libraries they may extend, and reports the same
 * diagnostics the template editor shows. A file named on the command line is read only if it is a text file of up to
 * {@value #LIMIT_MEGABYTES} MB; bytes in it that are not UTF-8 are an error at their line, as in a folder.
 */
final class CheckTemplatesCommand implements Command {

    static final int LIMIT_MEGABYTES = 4;
    private static final long LIMIT_BYTES = LIMIT_MEGABYTES * (1L << 20);

    private final Supplier<TemplateLibrary> installed;

    CheckTemplatesCommand(Supplier<TemplateLibrary> installed) {
        this.installed = installed;
    }

    @Override
    public String name() {
        return "check-templates";
    }

    @Override
    public String usage() {
        return "[--json] PATH...   validate and compile .ntpl templates (folders or files)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean json = false;
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("--json")) {
                json = true;
            } else if (argument.startsWith("--")) {
                err.println("casenotes check-templates: unknown option " + argument);
                return ExitCode.CANNOT_RUN;
            } else {
                paths.add(Path.of(argument));
            }
        }
        if (paths.isEmpty()) {
            err.println("casenotes check-templates: name a folder or .ntpl file, e.g. casenotes check-templates templates/");
            return ExitCode.CANNOT_RUN;
        }
        TemplateLibrary library = installed.get();
        for (Path path : paths) {
            try {
                library = Files.isDirectory(path) ? library.withDirectory(path)
                        : library.withSource(new TemplateSource(path.toAbsolutePath().normalize().toString(),
                                TextFile.read(path, LIMIT_BYTES).text()));
            } catch (InputRefusedException | UncheckedIOException e) {
                err.println("casenotes check-templates: cannot read " + path + ": " + reason(e));
                return ExitCode.CANNOT_RUN;
            }
        }
        CompiledLibrary compiled = library.compile();
        if (json) {
            printJson(compiled, out);
        } else {
            compiled.diagnostics().forEach(out::println);
            long errors = compiled.diagnostics().stream().filter(TemplateDiagnostic::isError).count();
            out.printf("%d templates compiled; %d errors, %d other diagnostics%n", compiled.forms().size(), errors,
                    compiled.diagnostics().size() - errors);
        }
        return compiled.hasErrors() ? ExitCode.ERRORS_FOUND : ExitCode.CLEAN;
    }

    /** @return why a file or folder could not be read, in words (and which file below a folder, if it was one) */
    private static String reason(Exception e) {
        if (e instanceof UncheckedIOException unreadable) {
            String file = unreadable.getCause() instanceof FileSystemException system ? system.getFile() : null;
            return TextFile.reasonOf(unreadable.getCause()) + (file == null ? "" : " (" + file + ")");
        }
        return e.getMessage();
    }

    private static void printJson(CompiledLibrary compiled, PrintStream out) {
        JsonObject root = new JsonObject();
        JsonArray diagnostics = new JsonArray();
        for (TemplateDiagnostic diagnostic : compiled.diagnostics()) {
            JsonObject item = new JsonObject();
            item.addProperty("file", diagnostic.file());
            item.addProperty("line", diagnostic.line());
            item.addProperty("column", diagnostic.column());
            item.addProperty("severity", diagnostic.severity().name().toLowerCase());
            item.addProperty("message", diagnostic.message());
            if (diagnostic.code() != null) {
                item.addProperty("code", diagnostic.code());
            }
            diagnostics.add(item);
        }
        root.add("diagnostics", diagnostics);
        JsonArray templates = new JsonArray();
        compiled.forms().forEach(form -> templates.add(form.getId() + " v" + form.getVersion()));
        root.add("templates", templates);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }
}
