package org.casenotes.template.agency;

import java.util.List;

/**
 * What differs between two versions of an agency template: the structural changes to the form clinicians fill in,
 * and the changed lines of the template text.
 *
 * @param templateId the qualified template id
 * @param older      what the older side is, e.g. {@code version 1} ({@code nothing published} when there is none)
 * @param newer      what the newer side is, e.g. {@code version 2} or {@code working copy (version 3)}
 * @param changes    the structural changes, empty when the forms are the same
 * @param textDiff   the unified diff of the texts, empty when the texts are the same
 */
public record VersionComparison(String templateId, String older, String newer, List<FormChange> changes,
        List<String> textDiff) {

    public VersionComparison {
        changes = List.copyOf(changes);
        textDiff = List.copyOf(textDiff);
    }

    /** @return whether the two versions are identical, text and form */
    public boolean isEmpty() {
        return changes.isEmpty() && textDiff.isEmpty();
    }

    /** @return the comparison as plain text: a heading, the changes to the form, then the text diff */
    public String describe() {
        StringBuilder text = new StringBuilder(templateId).append(": ").append(older).append(" \u2192 ").append(newer)
                .append("\n\nChanges to the form:\n");
        if (changes.isEmpty()) {
            text.append("  (none)\n");
        }
        changes.forEach(change -> text.append("  ").append(change).append('\n'));
        text.append("\nChanges to the text:\n");
        if (textDiff.isEmpty()) {
            text.append("  (none)\n");
        }
        textDiff.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }
}
