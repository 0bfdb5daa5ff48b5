package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;

/**
 * The status of each goal and objective of a client's treatment plan over time, read from the plan's versions
 * (each version is kept as signed, so the history is what the plan said on each day it took effect). A goal or
 * objective is followed by its id across versions, named by its latest statement; one that a later version dropped
 * simply has no status from then on. Versions are those of the episode whose plan is current
 * ({@link PlanVersions#current(Client)}), oldest first.
 *
 * @param versions the days the versions took effect, oldest first (a version without a day takes its predecessor's)
 * @param lines    one line per goal and objective, goals first in the plan's order, each objective after its goal
 */
public record GoalStatusHistory(List<LocalDate> versions, List<Line> lines) {

    public GoalStatusHistory {
        versions = List.copyOf(versions);
        lines = List.copyOf(lines);
    }

    /**
     * One goal or objective across the versions.
     *
     * @param id        its id
     * @param statement its latest statement
     * @param objective true for an objective, false for a goal
     * @param statuses  its status in each version ({@code null} where that version does not hold it)
     */
    public record Line(String id, String statement, boolean objective, List<GoalStatus> statuses) {
        public Line {
            Objects.requireNonNull(id, "id");
            statement = statement == null ? "" : statement;
            statuses = java.util.Collections.unmodifiableList(new ArrayList<>(statuses));
        }
    }

    /** @return the history of the client's current plan, or an empty one when the client has no plan */
    public static GoalStatusHistory of(Client client) {
        return PlanVersions.current(client).map(current -> of(current.eContainer() instanceof EpisodeOfCare episode
                ? episode.getTreatmentPlans().stream().filter(plan -> plan.getStatus() != null
                        && plan.getStatus() != org.casenotes.model.record.PlanStatus.DRAFT).toList()
                : List.of(current))).orElseGet(() -> new GoalStatusHistory(List.of(), List.of()));
    }

    /** @return the history over the given versions of one plan, in any order */
    public static GoalStatusHistory of(List<TreatmentPlan> plans) {
        List<TreatmentPlan> ordered = plans.stream().sorted(Comparator.comparingInt(TreatmentPlan::getVersion))
                .toList();
        List<LocalDate> days = new ArrayList<>();
        Map<String, String> statements = new LinkedHashMap<>();
        Map<String, Boolean> objectives = new LinkedHashMap<>();
        Map<String, GoalStatus[]> statuses = new LinkedHashMap<>();
        for (int version = 0; version < ordered.size(); version++) {
            TreatmentPlan plan = ordered.get(version);
            LocalDate day = plan.getEffectiveDate() != null ? plan.getEffectiveDate()
                    : days.isEmpty() ? null : days.getLast();
            days.add(day);
            for (Problem problem : plan.getProblems()) {
                for (Goal goal : problem.getGoals()) {
                    record(goal.getId(), goal.getStatement(), false, goal.getStatus(), version, ordered.size(),
                            statements, objectives, statuses);
                    for (Objective objective : goal.getObjectives()) {
                        record(objective.getId(), objective.getStatement(), true, objective.getStatus(), version,
                                ordered.size(), statements, objectives, statuses);
                    }
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        statuses.forEach((id, perVersion) -> lines.add(new Line(id, statements.get(id), objectives.get(id),
                java.util.Arrays.asList(perVersion))));
        return new GoalStatusHistory(days, lines);
    }

    private static void record(String id, String statement, boolean objective, GoalStatus status, int version,
            int versions, Map<String, String> statements, Map<String, Boolean> objectives,
            Map<String, GoalStatus[]> statuses) {
        if (id == null) {
            return;
        }
        statements.put(id, statement);
        objectives.put(id, objective);
        statuses.computeIfAbsent(id, key -> new GoalStatus[versions])[version] = status == null ? GoalStatus.ACTIVE
                : status;
    }

    /** @return the goals' lines only */
    public List<Line> goals() {
        return lines.stream().filter(line -> !line.objective()).toList();
    }
}
