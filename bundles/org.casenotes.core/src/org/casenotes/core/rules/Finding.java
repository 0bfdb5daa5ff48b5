package org.casenotes.core.rules;

import java.util.List;
import java.util.Objects;

/**
 * One thing a rule found in a note: what is wrong, where, how bad, what to write instead and why.
 *
 * @param ruleId id of the rule that produced the finding
 * @param severity effective severity, after agency and template overrides
 * @param message what the writer should know, in one or two sentences
 * @param fieldId the field the finding points at, or {@code null} for a note-level finding
 * @param range the characters in that field, or {@code null} for the whole field or note
 * @param suggestions edits the writer may apply, best first; possibly empty
 * @param source where the rule comes from
 */
public record Finding(String ruleId, Severity severity, String message, String fieldId, TextRange range,
        List<SuggestedEdit> suggestions, SourceCitation source) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(source, "source");
        if (range != null && fieldId == null) {
            throw new IllegalArgumentException("a text range needs a field");
        }
        suggestions = List.copyOf(suggestions);
    }

    /** @return this finding with another severity (used for agency and template overrides) */
    public Finding withSeverity(Severity newSeverity) {
        return newSeverity == severity ? this
                : new Finding(ruleId, newSeverity, message, fieldId, range, suggestions, source);
    }
}
