package org.casenotes.core.clientimport;

import java.util.List;

/**
 * One record of a CSV file as read: the line it starts on (a quoted field may carry it over several lines) and its
 * cells as written.
 *
 * @param line  the 1-based line the record starts on, as a spreadsheet or text editor numbers it
 * @param cells the cells, unquoted
 */
public record CsvRow(int line, List<String> cells) {

    public CsvRow {
        cells = List.copyOf(cells);
    }

    /** @return the cell in {@code column}, or "" if the row is shorter */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** @return whether every cell is blank (such rows are left out: spreadsheets write them at the end) */
    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
