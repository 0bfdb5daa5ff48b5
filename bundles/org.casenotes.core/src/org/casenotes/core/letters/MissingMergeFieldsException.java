package org.casenotes.core.letters;

import java.util.List;
import java.util.stream.Collectors;

/** A letter needs fields that neither the record nor its writer supplied; nothing was stored. */
public final class MissingMergeFieldsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<MergeField> missing;

    /** @param missing the fields still missing */
    public MissingMergeFieldsException(List<MergeField> missing) {
        super("This letter needs " + missing.stream().map(MergeField::label).collect(Collectors.joining("; "))
                + ". The record does not hold " + (missing.size() == 1 ? "it" : "them")
                + ": fill in what is missing. Nothing was stored.");
        this.missing = List.copyOf(missing);
    }

    /** @return the fields still missing, in the order the letter uses them */
    public List<MergeField> missing() {
        return missing;
    }
}
