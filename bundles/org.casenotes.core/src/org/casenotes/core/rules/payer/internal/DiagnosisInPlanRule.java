package org.casenotes.core.rules.payer.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.ServiceNote;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;

/**
 * {@code payer.diagnosis-in-plan}: the diagnosis billed is the one treated. On the date of service, the client's
 * primary diagnosis (current: diagnosed on or before that day and not resolved by then) is the diagnosis of at least
 * one problem of the treatment plan in effect. Codes are compared without dots and case. Needs the client's record;
 * silent when the plan or the primary diagnosis is unknown, or when no plan problem names a diagnosis.
 */
public final class DiagnosisInPlanRule extends PayerRule {

    public DiagnosisInPlanRule() {
        super("payer.diagnosis-in-plan", Severity.WARNING,
                "The client's current primary diagnosis is addressed by a problem of the treatment plan in effect.",
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
        Optional<Diagnosis> primary = client.get().getDiagnoses().stream().filter(Diagnosis::isPrimary)
                .filter(d -> d.getDiagnosedOn() == null || !d.getDiagnosedOn().isAfter(day.get()))
                .filter(d -> d.getResolvedOn() == null || d.getResolvedOn().isAfter(day.get())).findFirst();
        if (plan.isEmpty() || primary.isEmpty() || primary.get().getIcd10Code() == null) {
            return;
        }
        Set<String> planCodes = plan.get().getProblems().stream().map(Problem::getDiagnosisCode)
                .filter(Objects::nonNull).map(DiagnosisInPlanRule::normalized).collect(Collectors.toSet());
        if (!planCodes.isEmpty() && !planCodes.contains(normalized(primary.get().getIcd10Code()))) {
            findings.add(finding("The primary diagnosis " + primary.get().getIcd10Code() + " is not the diagnosis of "
                    + "any problem in the treatment plan (version " + plan.get().getVersion() + "); update the plan "
                    + "or the diagnosis so that they agree.", null));
        }
    }

    private static String normalized(String code) {
        return code.replace(".", "").strip().toUpperCase(Locale.ROOT);
    }
}
