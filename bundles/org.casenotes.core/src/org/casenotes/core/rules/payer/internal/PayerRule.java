package org.casenotes.core.rules.payer.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.SourceCitation;
import org.casenotes.core.rules.SuggestedEdit;
import org.casenotes.core.rules.payer.ServiceNote;

/**
 * Common ground of the payer rules: they look only at notes that document a billable service
 * ({@link ServiceNote#documentsService()}) and report note-level findings, optionally pointing at a field.
 */
abstract class PayerRule extends DescribedRule {

    PayerRule(String id, Severity severity, String description, SourceCitation source) {
        super(id, RuleCategory.PAYER, severity, description, source);
    }

    @Override
    public final List<Finding> evaluate(NoteContext context) {
        List<Finding> findings = new ArrayList<>();
        ServiceNote.of(context).filter(ServiceNote::documentsService).ifPresent(note -> check(note, findings));
        return findings;
    }

    /** Adds the findings for {@code note}, a note documenting a billable service. */
    abstract void check(ServiceNote note, List<Finding> findings);

    /** @return a finding of this rule with its default severity */
    final Finding finding(String message, String fieldId) {
        return finding(defaultSeverity(), message, fieldId, List.of());
    }

    final Finding finding(Severity findingSeverity, String message, String fieldId, List<SuggestedEdit> edits) {
        return new Finding(id(), findingSeverity, message, fieldId, null, edits, source());
    }
}
