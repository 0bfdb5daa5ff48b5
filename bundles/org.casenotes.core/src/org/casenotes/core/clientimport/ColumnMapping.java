package org.casenotes.core.clientimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Which client field each column of a file becomes, or none (the column is left out). Guessed from the header
 * ({@link #guess}) and changed column by column ({@link #with}); a field is taken by one column at most, so mapping
 * a column to a field that another column had leaves that other column out. Immutable.
 */
public final class ColumnMapping {

    private final List<Optional<ImportField>> fields;

    private ColumnMapping(List<Optional<ImportField>> fields) {
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /**
     * @param table a parsed file
     * @return each column mapped to the field its header names (the first such column, if two name one field);
     *         nothing mapped when the file has no header
     */
    public static ColumnMapping guess(CsvTable table) {
        ColumnMapping mapping = none(table.width());
        if (table.hasHeader()) {
            for (int column = 0; column < table.width(); column++) {
                Optional<ImportField> field = ImportField.named(table.header().get(column));
                if (field.isPresent() && mapping.columnOf(field.get()).isEmpty()) {
                    mapping = mapping.with(column, field.get());
                }
            }
        }
        return mapping;
    }

    /** @return a mapping of {@code width} columns that maps none */
    public static ColumnMapping none(int width) {
        return new ColumnMapping(Arrays.asList(newEmpty(width)));
    }

    @SuppressWarnings("unchecked")
    private static Optional<ImportField>[] newEmpty(int width) {
        Optional<ImportField>[] empty = new Optional[width];
        Arrays.fill(empty, Optional.empty());
        return empty;
    }

    /**
     * @param column a column, from 0
     * @param field  what it becomes, or null to leave it out
     * @return this mapping with that change; a column that had {@code field} before is left out
     */
    public ColumnMapping with(int column, ImportField field) {
        List<Optional<ImportField>> changed = new ArrayList<>(fields);
        if (field != null) {
            for (int i = 0; i < changed.size(); i++) {
                if (changed.get(i).equals(Optional.of(field))) {
                    changed.set(i, Optional.empty());
                }
            }
        }
        changed.set(column, Optional.ofNullable(field));
        return new ColumnMapping(changed);
    }

    /** @return what {@code column} becomes, if anything */
    public Optional<ImportField> fieldOf(int column) {
        return fields.get(column);
    }

    /** @return the column mapped to {@code field}, if any */
    public Optional<Integer> columnOf(ImportField field) {
        int column = fields.indexOf(Optional.of(field));
        return column < 0 ? Optional.empty() : Optional.of(column);
    }

    /** @return the required fields no column is mapped to */
    public List<ImportField> missingRequired() {
        return Arrays.stream(ImportField.values()).filter(ImportField::required)
                .filter(field -> columnOf(field).isEmpty()).toList();
    }

    /** @return the number of columns */
    public int width() {
        return fields.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping mapping && mapping.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
