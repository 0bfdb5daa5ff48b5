package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.templates.FormCatalogue;
import org.casenotes.fhir.ResponseAsForm;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.RecordFactory;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code casenotes check --template ID[@VERSION] [--json] [--data DIR] FILE...}: checks structured notes from files,
 * each a FHIR R4 QuestionnaireResponse or the JSON form ({@code docs/structured-note.schema.json}), with every rule
 * pack the audit runs, as a draft on the template. A file whose values do not fit the template is not checked: each
 * problem is printed with its JSON pointer and the exit code is 2. Exit codes as for {@code lint} otherwise.
 */
final class CheckCommand implements Command {

    static final int LIMIT_BYTES = 4 << 20;

    private final Supplier<FormCatalogue> forms;
    private final Function<Path, AuditRules> rules;

    /**
     * @param rules the rules under the agency policy of a data folder (null: none), as {@code audit} runs them
     */
    CheckCommand(Supplier<FormCatalogue> forms, Function<Path, AuditRules> rules) {
        this.forms = forms;
        this.rules = rules;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return "--template ID[@VERSION] [--json] [--data DIR] FILE...   check structured notes (JSON form or"
                + " FHIR QuestionnaireResponse)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String template = null;
        Path data = null;
        boolean json = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--json")) {
                json = true;
            } else if (argument.equals("--template") || argument.equals("--data")) {
                if (i + 1 == arguments.size()) {
                    err.println("casenotes check: " + argument + " needs a value");
                    return ExitCode.CANNOT_RUN;
                }
                String value = arguments.get(++i);
                if (argument.equals("--template")) {
                    template = value;
                } else {
                    data = Path.of(value);
                }
            } else if (argument.startsWith("--")) {
                err.println("casenotes check: unknown option " + argument);
                return ExitCode.CANNOT_RUN;
            } else {
                files.add(Path.of(argument));
            }
        }
        if (template == null || files.isEmpty()) {
            err.println("casenotes check: name the template and the files, e.g. casenotes check --template "
                    + "std.progress.SoapNote@1 note.json");
            return ExitCode.CANNOT_RUN;
        }
        Optional<FormDefinition> form = new TemplateChoice("check", forms).find(template, data, err);
        if (form.isEmpty()) {
            return ExitCode.CANNOT_RUN;
        }
        AuditRules policy = rules.apply(data);
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("check");
        boolean cannotCheck = false;
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        JsonArray report = new JsonArray();
        for (Path file : files) {
            JsonObject entry = new JsonObject();
            entry.addProperty("file", file.toString());
            report.add(entry);
            List<String> problems;
            List<Finding> findings = List.of();
            try {
                String text = TextFile.read(file, LIMIT_BYTES).text();
                if (ResponseAsForm.isFhirResource(text)) {
                    text = new ResponseAsForm(form.get()).toJsonForm(text);
                }
                StructuredNote.Read read = new StructuredNote(form.get(), policy.deadline()).read(text);
                problems = read.problems();
                if (read.note().isPresent()) {
                    findings = policy.engine().evaluate(new AuditNoteContext(read.note().get(), form, client,
                            policy.agency()));
                }
            } catch (InputRefusedException | IllegalArgumentException e) {
                problems = List.of(e.getMessage());
            }
            JsonArray problemList = new JsonArray();
            for (String problem : problems) {
                cannotCheck = true;
                problemList.add(problem);
                if (!json) {
                    err.println("casenotes check: " + file + ": " + problem);
                }
            }
            entry.add("problems", problemList);
            JsonArray findingList = new JsonArray();
            for (Finding finding : findings) {
                switch (finding.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    default -> notes++;
                }
                JsonObject item = new JsonObject();
                item.addProperty("rule", finding.ruleId());
                item.addProperty("severity", finding.severity().name().toLowerCase());
                item.addProperty("field", finding.fieldId());
                item.addProperty("message", finding.message());
                findingList.add(item);
                if (!json) {
                    out.printf("%s: %s: %s [%s] %s%n", file, finding.fieldId() == null ? "note" : finding.fieldId(),
                            finding.severity().name().toLowerCase(), finding.ruleId(), finding.message());
                }
            }
            entry.add("findings", findingList);
        }
        if (json) {
            JsonObject all = new JsonObject();
            all.addProperty("template", form.get().getId());
            all.addProperty("version", form.get().getVersion());
            all.add("files", report);
            all.addProperty("errors", errors);
            all.addProperty("warnings", warnings);
            all.addProperty("notes", notes);
            out.println(new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(all));
        } else {
            out.printf("%d %s checked against %s version %d: %d errors, %d warnings, %d notes%n", files.size(),
                    files.size() == 1 ? "file" : "files", form.get().getId(), form.get().getVersion(), errors,
                    warnings, notes);
        }
        if (cannotCheck) {
            return ExitCode.CANNOT_RUN;
        }
        return errors > 0 ? ExitCode.ERRORS_FOUND : ExitCode.CLEAN;
    }
}
