package org.casenotes.core.rules.payer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.TreatmentPlan;

/**
 * {@code payer.treatment-plan}: on the date of service the client has a treatment plan in effect, and its review
 * is not overdue (its next review date is not before the date of service). Needs the client's record; silent
 * without it. A warning by default: the gap is in the client's record, and blocking the signature of the session
 * note would not close it (an agency may raise it to an error).
 */
public final class TreatmentPlanRule extends PayerRule {

    public TreatmentPlanRule() {
        super("payer.treatment-plan", Severity.WARNING,
                "The client has a treatment plan in effect on the date of service and its review is not overdue.",
                PayerSources.MEDICAL_NECESSITY);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        Optional<Client> client = note.client();
        Optional<LocalDate> day = note.dateOfService();
        if (client.isEmpty() || day.isEmpty()) {
            return;
        }
        Optional<TreatmentPlan> plan = PlanInEffect.on(client.get(), day.get());
        if (plan.isEmpty()) {
            findings.add(finding("The client has no treatment plan in effect on " + day.get()
                    + "; payers expect services to follow a current plan.", null));
            return;
        }
        LocalDate review = plan.get().getNextReviewDate();
        if (review != null && review.isBefore(day.get())) {
            findings.add(finding("The treatment plan (version " + plan.get().getVersion() + ") was due for review "
                    + "on " + review + ", before this session on " + day.get() + "; review it with the client.",
                    null));
        }
    }
}
