package org.casenotes.core.rules.completeness.internal;

import java.util.List;
import java.util.Optional;

import org.casenotes.core.record.PlanFromNote;
import org.casenotes.core.record.PlanReviewApplied;
import org.casenotes.core.record.PlanVersions;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;

/**
 * {@code completeness.plan-fields}: a treatment-plan or plan-review note whose signature will not change the
 * client's treatment plan says so before it is signed. Signing makes a plan version only from the fields the
 * standard plan templates use ({@link PlanFromNote}, {@link PlanReviewApplied}); an agency template without them
 * signs a note that leaves the plan as it was, which the clinician would otherwise find out only when the next
 * progress note offers the old goals. A review of a client who has no plan is reported the same way. A warning:
 * the note itself may still be worth signing.
 */
public final class PlanFieldsRule extends CompletenessRule {

    public PlanFieldsRule() {
        super("completeness.plan-fields", Severity.WARNING,
                "A treatment-plan or plan-review note has the fields signing turns into the client's plan version.",
                FORM);
    }

    @Override
    public List<Finding> evaluate(NoteContext context) {
        Optional<FormDefinition> form = context.lookup(FormDefinition.class);
        if (form.isEmpty()) {
            return List.of();
        }
        if (form.get().getKind() == FormKind.TREATMENT_PLAN) {
            return missing(PlanFromNote.missingFields(form.get()), "make a treatment plan version");
        }
        if (form.get().getKind() != FormKind.PLAN_REVIEW) {
            return List.of();
        }
        List<Finding> findings = missing(PlanReviewApplied.missingFields(form.get()), "update the treatment plan");
        Optional<Client> client = context.lookup(Client.class);
        if (findings.isEmpty() && client.isPresent() && PlanVersions.current(client.get()).isEmpty()) {
            return List.of(finding("The client has no treatment plan to review: signing this review will not "
                    + "change the client's plan. Sign a treatment plan first.", null));
        }
        return findings;
    }

    private List<Finding> missing(List<String> fields, String what) {
        if (fields.isEmpty()) {
            return List.of();
        }
        return List.of(finding("Signing this note will not " + what + ": the template lacks "
                + String.join(", ", fields) + ". Ask the template designer to extend the standard plan template "
                + "or use its field ids.", null));
    }
}
