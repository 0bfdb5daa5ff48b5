package org.casenotes.core.clientimport;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of cells, with its header if it has one. Parsed as RFC 4180 (Apache Commons CSV): fields may be
 * quoted, and a quoted field may hold the separator, doubled quotes and line breaks. The separator is the one of
 * comma, semicolon (spreadsheets in many European locales) and tab that the first line holds most of. The first row
 * is taken as a header when one of its cells names a client field ({@link ImportField#named}), or when every cell of
 * it is filled and none holds a digit (data rows have dates, ids and phone numbers); {@link #withHeader} overrules
 * the guess. Without a header, columns are called "Column 1", "Column 2", … and every row is data. Immutable.
 */
public final class CsvTable {

    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    private final List<CsvRow> records;
    private final boolean hasHeader;
    private final char separator;
    private final List<String> header;
    private final List<CsvRow> rows;

    private CsvTable(List<CsvRow> records, boolean hasHeader, char separator) {
        this.records = List.copyOf(records);
        this.hasHeader = hasHeader;
        this.separator = separator;
        List<String> first = records.get(0).cells();
        int width = records.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < (hasHeader ? first.size() : width); i++) {
            String name = hasHeader ? first.get(i).strip() : "";
            names.add(name.isEmpty() ? "Column " + (i + 1) : name);
        }
        this.header = List.copyOf(names);
        this.rows = records.subList(hasHeader ? 1 : 0, records.size()).stream().filter(row -> !row.isBlank())
                .toList();
    }

    /**
     * @param file a CSV file
     * @return its table
     * @throws ClientImportException if it is not UTF-8 text or a quote is not closed
     */
    public static CsvTable read(Path file) {
        return parse(CsvText.read(file));
    }

    /**
     * @param text the text of a CSV file, without a byte-order mark
     * @return its table
     * @throws ClientImportException if a quoted field is never closed or has text after its closing quote
     */
    public static CsvTable parse(String text) {
        char separator = separatorOf(text);
        LineNumbers lines = new LineNumbers(text);
        List<CsvRow> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            try {
                for (CSVRecord record : parser) {
                    records.add(new CsvRow(lines.lineOf(record.getCharacterPosition()), record.toList()));
                }
            } catch (UncheckedIOException e) {
                throw unreadable(e.getCause(), records);
            }
        } catch (IOException e) {
            throw unreadable(e, records);
        }
        if (records.isEmpty()) {
            throw new ClientImportException(0, "The file is empty: there are no clients in it.");
        }
        List<String> first = records.get(0).cells();
        boolean named = first.stream().anyMatch(cell -> ImportField.named(cell).isPresent());
        boolean wordsOnly = first.stream().noneMatch(String::isBlank)
                && first.stream().noneMatch(cell -> cell.chars().anyMatch(Character::isDigit));
        return new CsvTable(records, named || wordsOnly, separator);
    }

    /**
     * @param firstRowIsHeader whether the first row names the columns
     * @return this file read that way
     */
    public CsvTable withHeader(boolean firstRowIsHeader) {
        return firstRowIsHeader == hasHeader ? this : new CsvTable(records, firstRowIsHeader, separator);
    }

    /** @return the column names: the header's cells, or "Column N" */
    public List<String> header() {
        return header;
    }

    /** @return whether the first row is taken as the header */
    public boolean hasHeader() {
        return hasHeader;
    }

    /** @return the data rows, without blank ones */
    public List<CsvRow> rows() {
        return rows;
    }

    /** @return the separator used */
    public char separator() {
        return separator;
    }

    /** @return the number of columns: the header's */
    public int width() {
        return header.size();
    }

    private static ClientImportException unreadable(Throwable cause, List<CsvRow> readSoFar) {
        String message = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        Matcher at = PARSER_LINE.matcher(message);
        int line = at.find() ? Integer.parseInt(at.group(1))
                : readSoFar.isEmpty() ? 1 : readSoFar.get(readSoFar.size() - 1).line() + 1;
        String why = message.contains("EOF") ? "a quoted field starts here and its closing quote never comes"
                : "a quoted field has text after its closing quote (a quote inside a quoted field is written twice: "
                        + "\"\"\")";
        return new ClientImportException(line, "Line " + line + " cannot be read: " + why
                + ". Nothing after it could be read, so nothing is imported; correct the quotes and try again.");
    }

    /** @return comma, semicolon or tab: whichever the first line has most of outside quotes (comma on a tie) */
    static char separatorOf(String text) {
        int[] counts = new int[3];
        char[] candidates = { ',', ';', '\t' };
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < candidates.length; k++) {
                    if (c == candidates[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < candidates.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return candidates[best];
    }

    /** Turns a character position into the 1-based line it is on (LF, CR LF and a lone CR end a line). */
    private static final class LineNumbers {

        private final int[] starts;

        LineNumbers(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(long position) {
            int index = Arrays.binarySearch(starts, (int) position);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
