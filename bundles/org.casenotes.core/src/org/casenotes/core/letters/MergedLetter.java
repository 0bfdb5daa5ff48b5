package org.casenotes.core.letters;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A letter's body after the merge: its text, and the fields that neither the record nor the writer supplied. Where
 * a field is missing the text still holds it in braces, so such a text is never signed or printed: see
 * {@link #requireComplete()}.
 *
 * @param text      the merged text
 * @param missing   the fields still missing, in the order the body uses them
 * @param recipient to whom the letter goes: the provider or payer it is addressed to, else the client
 */
public record MergedLetter(String text, List<MergeField> missing, String recipient) {

    public MergedLetter {
        missing = List.copyOf(missing);
    }

    /** @return whether every field was filled */
    public boolean complete() {
        return missing.isEmpty();
    }

    /**
     * @return the text, when every field was filled
     * @throws MissingMergeFieldsException naming, by label, each field still missing
     */
    public String requireComplete() {
        if (!complete()) {
            throw new MissingMergeFieldsException(missing);
        }
        return text;
    }

    /** @return the labels of the missing fields, separated by semicolons */
    public String missingLabels() {
        return missing.stream().map(MergeField::label).collect(Collectors.joining("; "));
    }
}
