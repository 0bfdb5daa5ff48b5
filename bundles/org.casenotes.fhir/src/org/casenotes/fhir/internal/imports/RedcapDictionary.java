package org.casenotes.fhir.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.casenotes.fhir.ImportProblem;

/**
 * A REDCap data dictionary (CSV, as REDCap's "Download the current Data Dictionary" writes it) read into rows, found
 * by their real column headers ("Variable / Field Name", "Form Name", "Field Type", ...), in any order. Malformed CSV,
 * missing columns, rows without a variable name or field type, and repeated variable names are problems, each with
 * its row as a spreadsheet numbers it (the header is row 1).
 */
final class RedcapDictionary {

    static final String VARIABLE = "Variable / Field Name";
    static final String FORM = "Form Name";
    static final String SECTION = "Section Header";
    static final String TYPE = "Field Type";
    static final String LABEL = "Field Label";
    static final String CHOICES = "Choices, Calculations, OR Slider Labels";
    static final String NOTE = "Field Note";
    static final String VALIDATION = "Text Validation Type OR Show Slider Number";
    static final String MIN = "Text Validation Min";
    static final String MAX = "Text Validation Max";
    static final String IDENTIFIER = "Identifier?";
    static final String BRANCHING = "Branching Logic (Show field only if...)";
    static final String REQUIRED = "Required Field?";
    static final String ANNOTATION = "Field Annotation";

    private static final List<String> NEEDED = List.of(VARIABLE, FORM, TYPE, LABEL);

    /** One row: its number and its cells by column header. */
    record Row(int number, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }

        String location() {
            return "row " + number + " (variable '" + get(VARIABLE) + "')";
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();

    List<ImportProblem> problems() {
        return problems;
    }

    /** @return the rows, or none when there are problems */
    List<Row> read(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            Map<String, String> columns = new HashMap<>();
            for (String header : parser.getHeaderNames()) {
                columns.put(normal(header), header);
            }
            List<String> missing = NEEDED.stream().filter(name -> !columns.containsKey(normal(name))).toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem("row 1", "the header row lacks " + String.join(", ", missing.stream()
                        .map(name -> "'" + name + "'").toList()) + "; is this a REDCap data dictionary?"));
                return List.of();
            }
            Map<String, Integer> seen = new HashMap<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : List.of(VARIABLE, FORM, SECTION, TYPE, LABEL, CHOICES, NOTE, VALIDATION, MIN, MAX,
                        IDENTIFIER, BRANCHING, REQUIRED, ANNOTATION)) {
                    String header = columns.get(normal(column));
                    if (header != null && record.isMapped(header) && record.isSet(header)) {
                        cells.put(column, record.get(header));
                    }
                }
                Row row = new Row((int) record.getRecordNumber() + 1, cells);
                if (row.get(VARIABLE).isEmpty()) {
                    problems.add(new ImportProblem("row " + row.number(), "no variable name"));
                } else if (seen.putIfAbsent(row.get(VARIABLE), row.number()) != null) {
                    problems.add(new ImportProblem(row.location(), "the variable name is used already, in row "
                            + seen.get(row.get(VARIABLE))));
                }
                if (row.get(FORM).isEmpty()) {
                    problems.add(new ImportProblem(row.location(), "no form name"));
                }
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            problems.add(new ImportProblem("the file", "malformed CSV: " + e.getMessage()));
            return List.of();
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem("the file", "the dictionary has no fields"));
        }
        return problems.isEmpty() ? rows : List.of();
    }

    private static String normal(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }
}
