package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.core.record.IntakeDue;
import org.casenotes.core.record.PlanReviewDue;
import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Coverage;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.TreatmentPlan;

/** The plain-text facts of a client overview: demographics, diagnoses, the active plan and the latest measures. */
final class ClientFacts {

    private static final Map<String, String> INSTRUMENTS = Map.of("std.instruments.PHQ9", "PHQ-9",
            "std.instruments.GAD7", "GAD-7");

    private ClientFacts() {
    }

    static String heading(Client client) {
        String name = client.getPreferredName() == null ? client.getLegalName()
                : client.getPreferredName() + " (" + client.getLegalName() + ")";
        return name + (client.getPronouns() == null ? "" : ", " + client.getPronouns());
    }

    static String demographics(Client client, LocalDate today) {
        StringBuilder text = new StringBuilder();
        text.append("Client ").append(client.getId()).append(" · ").append(Labels.status(client.getStatus()));
        if (client.getDateOfBirth() != null) {
            text.append(" · born ").append(Labels.day(client.getDateOfBirth())).append(" (")
                    .append(Period.between(client.getDateOfBirth(), today).getYears()).append(")");
        }
        text.append('\n').append(episode(client, today));
        client.getCoverages().stream().filter(Coverage::isPrimary).findFirst()
                .ifPresent(coverage -> text.append("\nPayer: ").append(coverage.getPayerName()).append(", member ")
                        .append(coverage.getMemberId()));
        if (client.getContact() != null) {
            text.append("\nPhone ").append(Objects.toString(client.getContact().getPhone(), "—"))
                    .append(client.getContact().isMayLeaveMessage() ? " (may leave a message)" : " (no messages)")
                    .append(" · ").append(Objects.toString(client.getContact().getEmail(), ""));
        }
        return text.toString();
    }

    /**
     * @return where the client is in care, in one line (the facts column is narrow): "In care since 2 Nov 2026 ·
     *         intake due by 16 Nov 2026" (or overdue, or done); "Discharged 1 Dec 2026 (in care since …)"; or not
     *         admitted
     */
    static String episode(Client client, LocalDate today) {
        Optional<EpisodeOfCare> open = EpisodesOfCare.open(client);
        if (open.isPresent()) {
            EpisodeOfCare episode = open.get();
            String intake = IntakeDue.of(client)
                    .map(due -> (due.overdueOn(today) ? "intake overdue, was due by " : "intake due by ")
                            + Labels.day(due.dueBy()))
                    .orElseGet(() -> episode.getIntakeOn() == null ? ""
                            : "intake " + Labels.day(episode.getIntakeOn()));
            return "In care since " + Labels.day(episode.getStartDate()) + (intake.isEmpty() ? "" : " · " + intake);
        }
        return client.getEpisodes().stream().filter(episode -> episode.getEndDate() != null)
                .max(Comparator.comparing(EpisodeOfCare::getEndDate))
                .map(last -> "Discharged " + Labels.day(last.getEndDate()) + " (in care since "
                        + Labels.day(last.getStartDate()) + ")")
                .orElse("Not admitted to care (Client > Admit… opens an episode)");
    }

    static String diagnoses(Client client) {
        return client.getDiagnoses().stream()
                .map(diagnosis -> diagnosis.getIcd10Code() + "  " + diagnosis.getDescription()
                        + (diagnosis.isPrimary() ? " (primary)" : "") + since(diagnosis)
                        + (diagnosis.getResolvedOn() == null ? "" : ", resolved " + Labels.day(diagnosis.getResolvedOn())))
                .collect(Collectors.joining("\n"));
    }

    /** @return the client's current treatment plan version ({@link PlanVersions#current(Client)}), or null */
    static TreatmentPlan activePlan(Client client) {
        return PlanVersions.current(client).orElse(null);
    }

    /**
     * @return "Plan review due 10 Jan 2027 (in 5 days)", "... (today)" or "Plan review overdue since 10 Jan 2027
     *         (3 days)" while the current plan's review is within {@value PlanReviewDue#WINDOW_DAYS} days or past;
     *         empty otherwise
     */
    static String planReview(Client client, LocalDate today) {
        return PlanReviewDue.of(client, today).map(ClientFacts::planReview).orElse("");
    }

    static String planReview(PlanReviewDue due) {
        long days = Math.abs(due.daysLeft());
        String count = days + (days == 1 ? " day" : " days");
        if (due.overdue()) {
            return "Plan review overdue since " + Labels.day(due.reviewBy()) + " (" + count + ")";
        }
        return "Plan review due " + Labels.day(due.reviewBy()) + (days == 0 ? " (today)" : " (in " + count + ")");
    }

    static String planHeading(TreatmentPlan plan) {
        if (plan == null) {
            return "No treatment plan yet: Client > Edit Treatment Plan… writes one.";
        }
        return PlanHistory.label(plan) + " · next review " + Labels.day(plan.getNextReviewDate());
    }

    /**
     * @return the latest result of each instrument, e.g. "PHQ-9: 7, Mild (20 Nov 2026; first 18; critical: item q9)"
     */
    static String latestMeasures(Client client) {
        Map<String, MeasureResult> latest = new LinkedHashMap<>();
        Map<String, MeasureResult> first = new LinkedHashMap<>();
        client.getMeasureResults().stream()
                .sorted(Comparator.comparing(MeasureResult::getAdministeredOn, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(result -> {
                    first.putIfAbsent(result.getInstrumentId(), result);
                    latest.put(result.getInstrumentId(), result);
                });
        if (latest.isEmpty()) {
            return "No measures given yet.";
        }
        return latest.values().stream().map(result -> instrument(result.getInstrumentId()) + ": "
                + MeasureRow.total(result) + (result.getBand() == null ? "" : ", " + result.getBand()) + " ("
                + Labels.day(result.getAdministeredOn()) + "; first "
                + MeasureRow.total(first.get(result.getInstrumentId()))
                + (result.getCriticalItemIds().isEmpty() ? ""
                        : "; critical: item " + String.join(", item ", result.getCriticalItemIds()))
                + ")").collect(Collectors.joining("\n"));
    }

    /** @return the short name of an instrument: PHQ-9 and GAD-7 for the standard ones, else the id's last part */
    static String instrument(String instrumentId) {
        String known = INSTRUMENTS.get(instrumentId);
        return known != null ? known : instrumentId.substring(instrumentId.lastIndexOf('.') + 1);
    }

    /** @return ", since" the onset when known, else the day it was diagnosed, or nothing */
    private static String since(Diagnosis diagnosis) {
        if (diagnosis.getOnsetOn() != null) {
            return ", onset " + Labels.day(diagnosis.getOnsetOn());
        }
        return diagnosis.getDiagnosedOn() == null ? "" : ", since " + Labels.day(diagnosis.getDiagnosedOn());
    }

    static String diagnosisCount(List<Diagnosis> diagnoses) {
        return diagnoses.size() == 1 ? "Diagnosis" : "Diagnoses";
    }
}
