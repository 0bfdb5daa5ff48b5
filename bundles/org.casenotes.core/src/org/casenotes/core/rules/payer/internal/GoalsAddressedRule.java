package org.casenotes.core.rules.payer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.record.TreatmentPlan;

/**
 * {@code payer.goals-addressed}: the "golden thread". A session note names at least one treatment-plan goal or
 * objective it worked on (the {@code goalsAddressed} rows of the standard progress note, or any goal reference);
 * when the client's plan in effect is known, every reference must be one of its goals or objectives (a warning
 * otherwise: the note points at a goal that is not, or no longer, in the plan).
 */
public final class GoalsAddressedRule extends PayerRule {

    static final String GOALS_ADDRESSED = "goalsAddressed";

    public GoalsAddressedRule() {
        super("payer.goals-addressed", Severity.ERROR,
                "A session note names the treatment-plan goals or objectives the session addressed (the golden "
                        + "thread from plan to note).",
                PayerSources.MEDICAL_NECESSITY);
    }

    @Override
    void check(ServiceNote note, List<Finding> findings) {
        List<String> references = note.planElementReferences();
        if (references.isEmpty()) {
            findings.add(finding("Name the treatment-plan goal or objective this session worked on and the "
                    + "progress or barriers toward it.", GOALS_ADDRESSED));
            return;
        }
        Optional<LocalDate> day = note.dateOfService();
        Optional<TreatmentPlan> plan = note.client().flatMap(client -> day.flatMap(d -> PlanInEffect.on(client, d)));
        if (plan.isEmpty()) {
            return;
        }
        Set<String> inPlan = PlanInEffect.elementIds(plan.get());
        references.stream().filter(id -> !inPlan.contains(id)).distinct()
                .forEach(id -> findings.add(finding(Severity.WARNING, "The goal or objective \u201c" + id
                        + "\u201d is not in the treatment plan in effect on " + day.get() + " (version "
                        + plan.get().getVersion() + ").", GOALS_ADDRESSED, List.of())));
    }
}
