package org.casenotes.core.forms;

/**
 * How a value's place in a note is written, wherever rules, completeness, carry-forward and the editor name it: a
 * field's id at the note's level, or {@code group[row].id} inside a row of a repeatable group (rows counted from 0;
 * groups nest, as in {@code goals[0].steps[2].text}).
 */
public final class FieldPath {

    private FieldPath() {
    }

    /** @return the prefix of the paths inside row {@code row} of group {@code groupId}, below {@code prefix} */
    public static String inRow(String prefix, String groupId, int row) {
        return prefix + groupId + "[" + row + "].";
    }

    /** @return the id of the field in its FormDefinition: {@code path} without the rows it is in */
    public static String fieldId(String path) {
        int rowEnd = path.lastIndexOf("].");
        return rowEnd < 0 ? path : path.substring(rowEnd + 2);
    }
}
