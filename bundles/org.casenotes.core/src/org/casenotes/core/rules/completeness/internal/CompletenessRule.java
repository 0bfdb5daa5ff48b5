package org.casenotes.core.rules.completeness.internal;

import java.util.List;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;

/** Metadata shared by the completeness rules and a helper for their findings. */
abstract class CompletenessRule extends DescribedRule {

    /** The form definition is the source of the form-driven rules: the agency decided what its notes need. */
    static final SourceCitation FORM = new SourceCitation("The note's template (the agency's form definition)", "");

    CompletenessRule(String id, Severity severity, String description, SourceCitation source) {
        super(id, RuleCategory.COMPLETENESS, severity, description, source);
    }

    /** @return a finding of this rule, for the whole field {@code fieldId} (or the note when null) */
    final Finding finding(String message, String fieldId) {
        return new Finding(id(), defaultSeverity(), message, fieldId, null, List.of(), source());
    }
}
