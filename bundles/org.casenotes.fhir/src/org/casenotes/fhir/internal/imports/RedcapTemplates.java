package org.casenotes.fhir.internal.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.casenotes.fhir.ImportProblem;
import org.casenotes.fhir.TemplateImport;
import org.casenotes.fhir.internal.imports.BranchingLogic.Kind;
import org.casenotes.fhir.internal.imports.BranchingLogic.Variable;
import org.casenotes.fhir.internal.imports.Draft.CalcPart;
import org.casenotes.fhir.internal.imports.Draft.FieldPart;
import org.casenotes.fhir.internal.imports.Draft.Part;
import org.casenotes.fhir.internal.imports.Draft.SectionPart;
import org.casenotes.fhir.internal.imports.RedcapDictionary.Row;

/**
 * A REDCap data dictionary as templates, one per form (instrument), in one file. Section headers start sections;
 * text fields become text, dates, times, integers or decimals by their validation (with its minimum and maximum as
 * a range), notes long text, radio and dropdown a choice, checkbox a multiple choice (numeric codes become the
 * options' scores, as REDCap's calculations use them), yes/no and true/false a yes/no field, calc a calculated sum
 * where the formula is one, slider a whole number 0..100 with its labels as the hint, descriptive text the section's
 * guidance; branching logic becomes "shown when", "Required Field?" required, the field note the hint. What has no
 * counterpart (file uploads, SQL fields, action tags, other calculations) is reported with its row.
 */
public final class RedcapTemplates {

    private static final Map<String, String> PATTERNS = Map.of(
            "email", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            "zipcode", "^[0-9]{5}(-[0-9]{4})?$",
            "phone", "^[0-9 ()+.-]{7,}$",
            "alpha_only", "^[A-Za-z]+$");

    private final List<String> unmapped = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    /**
     * @param csv    the dictionary's text
     * @param source the file's name, for the header comment
     * @param pkg    the templates' package
     */
    public TemplateImport read(String csv, String source, String pkg) {
        RedcapDictionary dictionary = new RedcapDictionary();
        List<Row> rows = dictionary.read(csv);
        if (!dictionary.problems().isEmpty()) {
            return new TemplateImport(Optional.empty(), List.of(), dictionary.problems());
        }
        Map<String, List<Row>> forms = new LinkedHashMap<>();
        rows.forEach(row -> forms.computeIfAbsent(row.get(RedcapDictionary.FORM), form -> new ArrayList<>()).add(row));
        List<Draft.Template> templates = new ArrayList<>();
        Names templateNames = new Names();
        forms.forEach((form, formRows) -> templates.add(template(templateNames.unique(Names.templateName(
                camel(form)), "Form"), form, formRows)));
        unmapped.add(0, "REDCap forms do not say what kind of note they are: each template is a progress note"
                + " (change 'kind' where it is not)");
        if (!problems.isEmpty()) {
            return new TemplateImport(Optional.empty(), unmapped, problems);
        }
        return new TemplateImport(Optional.of(TemplateText.of(source, unmapped, pkg, templates)), unmapped, List.of());
    }

    private Draft.Template template(String name, String form, List<Row> rows) {
        Names names = new Names();
        Map<String, Variable> variables = new LinkedHashMap<>();
        for (Row row : rows) {
            String variable = row.get(RedcapDictionary.VARIABLE);
            Kind kind = kind(row);
            Map<String, String> options = new LinkedHashMap<>();
            Names optionNames = new Names();
            if (kind == Kind.CHOICE || kind == Kind.CHECKBOX) {
                choices(row, false).forEach((code, label) -> options.put(code, optionNames.unique(code, "c")));
            }
            variables.put(variable, new Variable(names.unique(variable, "v"), kind, options));
        }
        BranchingLogic logic = new BranchingLogic(variables);
        List<Part> top = new ArrayList<>();
        List<Part> current = top;
        Names sectionNames = new Names();
        variables.values().forEach(variable -> sectionNames.unique(variable.name(), "s"));
        SectionState section = null;
        for (Row row : rows) {
            String header = plain(row.get(RedcapDictionary.SECTION));
            if (!header.isEmpty()) {
                section = new SectionState(sectionNames.unique(sectionId(header), "section"), header);
                current = section.parts;
                top.add(section.placeholder());
            }
            Variable variable = variables.get(row.get(RedcapDictionary.VARIABLE));
            String type = row.get(RedcapDictionary.TYPE).toLowerCase(Locale.ROOT);
            if (type.equals("descriptive")) {
                if (section != null && section.parts.isEmpty() && section.guidance == null) {
                    section.guidance = plain(row.get(RedcapDictionary.LABEL));
                } else {
                    unmapped.add(row.location() + ": descriptive text \"" + abbreviated(plain(row.get(
                            RedcapDictionary.LABEL))) + "\" is not part of a template (only as a section's first"
                            + " row, where it becomes the guidance); it was left out");
                }
                continue;
            }
            part(row, type, variable, logic, variables).ifPresent(current::add);
        }
        List<Part> parts = new ArrayList<>();
        for (Part part : top) {
            parts.add(part instanceof SectionPart placeholder ? sections.get(placeholder.id()).build() : part);
        }
        sections.clear();
        return new Draft.Template(name, title(form), 1, "progress", null, parts, null);
    }

    private final Map<String, SectionState> sections = new LinkedHashMap<>();

    /** A section being filled: its parts grow after its placeholder has been placed. */
    private final class SectionState {
        final String id;
        final String label;
        final List<Part> parts = new ArrayList<>();
        String guidance;

        SectionState(String id, String label) {
            this.id = id;
            this.label = label;
            sections.put(id, this);
        }

        SectionPart placeholder() {
            return new SectionPart(id, label, null, null, List.of());
        }

        SectionPart build() {
            return new SectionPart(id, label, guidance, null, parts);
        }
    }

    private Optional<Part> part(Row row, String type, Variable variable, BranchingLogic logic,
            Map<String, Variable> variables) {
        String label = plain(row.get(RedcapDictionary.LABEL));
        if (label.isEmpty()) {
            label = row.get(RedcapDictionary.VARIABLE);
        }
        String shownWhen = null;
        String branching = row.get(RedcapDictionary.BRANCHING);
        if (!branching.isEmpty()) {
            BranchingLogic.Result result = logic.of(branching);
            if (result.condition() != null) {
                shownWhen = result.condition();
            } else {
                unmapped.add(row.location() + ": branching logic \"" + branching + "\" not mapped (" + result.failure()
                        + "); the field is always shown");
            }
        }
        List<String> constraints = new ArrayList<>();
        if (row.get(RedcapDictionary.REQUIRED).equalsIgnoreCase("y")) {
            constraints.add("required");
        }
        if (!row.get(RedcapDictionary.ANNOTATION).isEmpty()) {
            unmapped.add(row.location() + ": field annotation (action tags) \"" + abbreviated(row.get(
                    RedcapDictionary.ANNOTATION)) + "\" left out");
        }
        String hint = plain(row.get(RedcapDictionary.NOTE));
        String fieldType;
        switch (type) {
            case "text" -> fieldType = text(row, constraints);
            case "notes" -> fieldType = "longtext";
            case "radio", "dropdown", "checkbox" -> {
                Map<String, String> choices = choices(row, true);
                if (choices.isEmpty()) {
                    problems.add(new ImportProblem(row.location(), "a " + type + " field needs choices, written"
                            + " '1, First | 2, Second'"));
                    return Optional.empty();
                }
                List<String> options = new ArrayList<>();
                choices.forEach((code, text) -> options.add(TemplateText.name(variable.options().get(code)) + " "
                        + TemplateText.quoted(text) + (code.matches("-?[0-9]+") ? " score " + code : "")));
                fieldType = (type.equals("checkbox") ? "multiple " : "") + "choice { " + String.join(", ", options)
                        + " }";
            }
            case "yesno", "truefalse" -> fieldType = "boolean";
            case "slider" -> {
                fieldType = "integer range " + orDefault(row.get(RedcapDictionary.MIN), "0") + ".."
                        + orDefault(row.get(RedcapDictionary.MAX), "100");
                String labels = row.get(RedcapDictionary.CHOICES);
                if (!labels.isEmpty()) {
                    hint = (hint.isEmpty() ? "" : hint + " ") + "Slider: " + String.join(" \u2026 ",
                            List.of(labels.split("\\|")).stream().map(String::strip).toList());
                }
            }
            case "calc" -> {
                Optional<String> sum = sum(row.get(RedcapDictionary.CHOICES), variables);
                if (sum.isEmpty()) {
                    unmapped.add(row.location() + ": the calculation \"" + row.get(RedcapDictionary.CHOICES)
                            + "\" is not a sum of this form's fields; it was left out");
                    return Optional.empty();
                }
                if (shownWhen != null) {
                    unmapped.add(row.location() + ": a calculated value is always shown; its branching logic was"
                            + " left out");
                }
                return Optional.of(new CalcPart(variable.name(), label, sum.get()));
            }
            case "file" -> {
                unmapped.add(row.location() + ": file uploads have no field type in a template; left out");
                return Optional.empty();
            }
            case "sql" -> {
                unmapped.add(row.location() + ": SQL fields (choices from a database query) left out");
                return Optional.empty();
            }
            default -> {
                problems.add(new ImportProblem(row.location(), "unknown field type '" + type + "'; REDCap's are"
                        + " text, notes, dropdown, radio, checkbox, yesno, truefalse, calc, descriptive, slider,"
                        + " file, sql"));
                return Optional.empty();
            }
        }
        return Optional.of(new FieldPart(variable.name(), label, fieldType, constraints, shownWhen,
                hint.isEmpty() ? null : hint));
    }

    private String text(Row row, List<String> constraints) {
        String validation = row.get(RedcapDictionary.VALIDATION).toLowerCase(Locale.ROOT);
        String min = row.get(RedcapDictionary.MIN);
        String max = row.get(RedcapDictionary.MAX);
        if (validation.isEmpty()) {
            return "text";
        }
        if (validation.equals("integer") || validation.startsWith("number")) {
            String kind = validation.equals("integer") ? "integer" : "decimal";
            if (validation.contains("comma")) {
                unmapped.add(row.location() + ": numbers with a decimal comma are entered with a point");
            }
            if (!min.isEmpty()) {
                return kind + " range " + min + ".." + max;
            }
            if (!max.isEmpty()) {
                unmapped.add(row.location() + ": a maximum (" + max + ") without a minimum is left out");
            }
            return kind;
        }
        String type = validation.startsWith("datetime") ? "datetime" : validation.startsWith("date") ? "date"
                : validation.startsWith("time") ? "time" : null;
        if (type != null) {
            if (validation.equals("time_mm_ss")) {
                unmapped.add(row.location() + ": minutes and seconds (time_mm_ss) are entered as a time of day");
            }
            if (!min.isEmpty() || !max.isEmpty()) {
                unmapped.add(row.location() + ": a range of dates or times (" + min + " to " + max + ") is left out");
            }
            return type;
        }
        String pattern = PATTERNS.get(validation);
        if (pattern != null) {
            constraints.add("pattern " + TemplateText.quoted(pattern) + " message "
                    + TemplateText.quoted("Enter a valid " + validation.replace('_', ' ') + "."));
            return "text";
        }
        unmapped.add(row.location() + ": the validation '" + validation + "' is left out; the field takes any text");
        return "text";
    }

    /** {@code [a] + [b] + 3} or {@code sum([a], [b])} over this form's fields, as a sum; else empty. */
    private static Optional<String> sum(String formula, Map<String, Variable> variables) {
        String text = formula.strip();
        if (text.toLowerCase(Locale.ROOT).startsWith("sum(") && text.endsWith(")")) {
            text = text.substring(4, text.length() - 1).replace(',', '+');
        }
        List<String> terms = new ArrayList<>();
        for (String term : text.split("\\+")) {
            String part = term.strip();
            if (part.matches("\\[[A-Za-z0-9_]+\\]") && variables.containsKey(part.substring(1, part.length() - 1))) {
                terms.add(TemplateText.name(variables.get(part.substring(1, part.length() - 1)).name()));
            } else if (part.matches("-?[0-9]+(\\.[0-9]+)?")) {
                terms.add(part);
            } else {
                return Optional.empty();
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of("sum(" + String.join(", ", terms) + ")");
    }

    private static Kind kind(Row row) {
        return switch (row.get(RedcapDictionary.TYPE).toLowerCase(Locale.ROOT)) {
            case "radio", "dropdown" -> Kind.CHOICE;
            case "checkbox" -> Kind.CHECKBOX;
            case "yesno", "truefalse" -> Kind.BOOLEAN;
            case "calc", "slider" -> Kind.NUMBER;
            case "text" -> {
                String validation = row.get(RedcapDictionary.VALIDATION).toLowerCase(Locale.ROOT);
                yield validation.equals("integer") || validation.startsWith("number") ? Kind.NUMBER : Kind.TEXT;
            }
            default -> Kind.TEXT;
        };
    }

    /** Choices written {@code 1, First | 2, Second}, by code, in order. */
    private Map<String, String> choices(Row row, boolean report) {
        Map<String, String> choices = new LinkedHashMap<>();
        String text = row.get(RedcapDictionary.CHOICES);
        if (text.isEmpty()) {
            return choices;
        }
        for (String choice : text.split("\\|")) {
            int comma = choice.indexOf(',');
            if (comma < 0) {
                if (report) {
                    problems.add(new ImportProblem(row.location(), "the choice '" + choice.strip() + "' has no code;"
                        + " write it 'code, label'"));
                }
                continue;
            }
            choices.put(choice.substring(0, comma).strip(), plain(choice.substring(comma + 1)));
        }
        return choices;
    }

    private static String sectionId(String header) {
        String[] words = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", " ").strip().split("\\s+");
        StringBuilder id = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || id.length() > 30) {
                continue;
            }
            id.append(id.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return id.toString();
    }

    private static String camel(String form) {
        StringBuilder name = new StringBuilder();
        for (String word : form.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static String title(String form) {
        String words = form.replace('_', ' ').strip();
        return words.isEmpty() ? form : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Label text without the HTML REDCap allows in labels. */
    private static String plain(String text) {
        return text.replaceAll("<[^>]+>", "").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
                .replace("&gt;", ">").strip();
    }

    private static String orDefault(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    private static String abbreviated(String text) {
        String line = text.replace('\n', ' ').strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
