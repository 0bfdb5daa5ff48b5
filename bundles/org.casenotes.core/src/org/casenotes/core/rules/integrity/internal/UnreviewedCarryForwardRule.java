package org.casenotes.core.rules.integrity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.DescribedRule;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.record.FieldValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.ValueHolder;
import org.casenotes.model.record.ValueProvenance;

/**
 * {@code integrity.carried-forward-unreviewed}: a value carried forward from an earlier note
 * ({@link ValueProvenance#CARRIED_REVIEW}) that the clinician has not yet confirmed or rewritten for this session.
 * One finding per value, pointing at its field.
 */
public final class UnreviewedCarryForwardRule extends DescribedRule {

    public UnreviewedCarryForwardRule() {
        super("integrity.carried-forward-unreviewed", RuleCategory.INTEGRITY, Severity.WARNING,
                "Text carried forward from an earlier note must be reviewed for this session before signing.",
                IntegritySources.CARRIED_FORWARD);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<Note> note = context.lookup(Note.class);
        List<Finding> findings = new ArrayList<>();
        note.ifPresent(n -> collect(n, findings));
        return findings;
    }

    private void collect(ValueHolder holder, List<Finding> findings) {
        for (FieldValue value : holder.getValues()) {
            if (value.getProvenance() == ValueProvenance.CARRIED_REVIEW) {
                String from = value.getCarriedFromNoteId() == null ? "an earlier note"
                        : "note " + value.getCarriedFromNoteId();
                findings.add(new Finding(id(), defaultSeverity(), "Carried forward from " + from
                        + " and not reviewed yet: confirm it still holds today or rewrite it.", value.getFieldId(),
                        null, List.of(), source()));
            }
        }
        for (GroupValue group : holder.getGroups()) {
            for (GroupRow row : group.getRows()) {
                collect(row, findings);
            }
        }
    }
}
