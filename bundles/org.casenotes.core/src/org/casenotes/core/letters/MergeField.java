package org.casenotes.core.letters;

import java.util.Objects;

import org.casenotes.model.form.FieldType;

/**
 * A {@code {merge field}} a letter's body uses: a standard one filled from the record, or an input the letter declares.
 *
 * @param name  the name in braces, e.g. {@code client.firstName} or {@code lastSessionDate}
 * @param label what it is, as a writer is asked for it, e.g. "Client's address" or "Date of the last session"
 * @param input whether the letter declares it (its writer always supplies it) rather than the record filling it
 * @param type  the declared input's type, or null for a standard field (text)
 */
public record MergeField(String name, String label, boolean input, FieldType type) {

    public MergeField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
    }
}
