package org.casenotes.ui.forms.internal;

import java.util.stream.Collectors;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.SuggestedEdit;

/** How a finding reads in hovers and the findings list: the rule, the message, the suggestions and the source. */
final class FindingText {

    private FindingText() {
    }

    /** @return a multi-line description naming the rule, the suggestion and the source */
    static String hover(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.message()).append("\nRule: ").append(finding.ruleId()).append(" (")
                .append(finding.severity().name().toLowerCase(java.util.Locale.ROOT)).append(')');
        if (!finding.suggestions().isEmpty()) {
            text.append("\nSuggestion: ").append(finding.suggestions().stream().map(SuggestedEdit::label)
                    .collect(Collectors.joining("; "))).append("  (Ctrl+1 to choose)");
        }
        return text.append("\nSource: ").append(finding.source()).toString();
    }
}
