package org.casenotes.core.rules.completeness;

import java.util.List;
import java.util.Objects;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;

/** Metadata shared by the completeness rules and a helper for their findings. */
abstract class CompletenessRule implements Rule {

    /** The form definition is the source of the form-driven rules: the agency decided what its notes need. */
    static final SourceCitation FORM = new SourceCitation("The note's template (the agency's form definition)", "");

    private final String id;
    private final Severity severity;
    private final String description;
    private final SourceCitation source;

    CompletenessRule(String id, Severity severity, String description, SourceCitation source) {
        this.id = Objects.requireNonNull(id);
        this.severity = Objects.requireNonNull(severity);
        this.description = Objects.requireNonNull(description);
        this.source = Objects.requireNonNull(source);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final RuleCategory category() {
        return RuleCategory.COMPLETENESS;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final SourceCitation source() {
        return source;
    }

    /** @return a finding of this rule, for the whole field {@code fieldId} (or the note when null) */
    final Finding finding(String message, String fieldId) {
        return new Finding(id, severity, message, fieldId, null, List.of(), source);
    }
}
