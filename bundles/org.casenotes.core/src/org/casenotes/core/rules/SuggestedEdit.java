package org.casenotes.core.rules;

import java.util.Objects;

/**
 * A change a finding proposes for the field it points at. Rules never apply edits themselves; the
 * editor offers them as quick fixes and applies the chosen one as an undoable command.
 *
 * @param range the characters to replace, in the finding's field
 * @param replacement the new text; empty to delete
 * @param label what the quick fix says, e.g. {@code Replace with "declined"}
 */
public record SuggestedEdit(TextRange range, String replacement, String label) {

    public SuggestedEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(replacement, "replacement");
        Objects.requireNonNull(label, "label");
    }

    /** @return an edit replacing {@code range} with {@code replacement}, labelled accordingly */
    public static SuggestedEdit replace(TextRange range, String replacement) {
        return new SuggestedEdit(range, replacement, "Replace with \u201c" + replacement + "\u201d");
    }

    /** @return {@code text} with this edit applied */
    public String applyTo(String text) {
        return text.substring(0, range.start()) + replacement + text.substring(range.end());
    }
}
