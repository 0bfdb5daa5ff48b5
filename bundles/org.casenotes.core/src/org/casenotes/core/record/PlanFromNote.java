package org.casenotes.core.record;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.forms.ValueScope;
import org.casenotes.core.measures.SignedNoteMeasures;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.TextType;
import org.casenotes.model.form.query.FormDefinitions;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Intervention;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TreatmentPlan;

/**
 * The treatment plan a signed treatment-plan note states, read by the field ids of the standard template
 * {@code std.plan.TreatmentPlan}, so that an agency template extending it (or using the same ids) states a plan too:
 * <table>
 * <caption>Note fields and the plan they make</caption>
 * <tr><th>field</th><th>becomes</th></tr>
 * <tr><td>{@code planDate}</td><td>the plan's effective date (else the note's date of service)</td></tr>
 * <tr><td>{@code reviewDate}</td><td>its next review date (else none)</td></tr>
 * <tr><td>{@code diagnosis}</td><td>every problem's diagnosis code: the ICD-10 code the text starts with</td></tr>
 * <tr><td>{@code problemList} rows</td><td>one problem each, with one goal (rows with neither problem nor goal
 * are skipped)</td></tr>
 * <tr><td>{@code problem}, {@code goal}</td><td>the problem's statement, the goal's statement (status active)</td></tr>
 * <tr><td>{@code targetDate}</td><td>the goal's and its objectives' target date</td></tr>
 * <tr><td>{@code objectives}</td><td>one objective per non-empty line (list marks such as "1." or "-" dropped);
 * text on one line is one objective</td></tr>
 * <tr><td>{@code plannedInterventions}</td><td>on each objective of the row, one intervention per chosen option,
 * described by the option's label, with the note's {@code frequency} as frequency and the note's author as the
 * responsible clinician</td></tr>
 * </table>
 * A form without the group {@code problemList} and its text fields {@code problem} and {@code goal} states no plan
 * ({@link #missingFields}); every other field is optional. The plan is made as a draft, not yet a version of any
 * episode: {@link PlanVersions#addVersion} numbers and activates it.
 */
public final class PlanFromNote {

    public static final String PLAN_DATE = "planDate";
    public static final String REVIEW_DATE = "reviewDate";
    public static final String DIAGNOSIS = "diagnosis";
    public static final String FREQUENCY = "frequency";
    public static final String PROBLEMS = "problemList";
    public static final String PROBLEM = "problem";
    public static final String GOAL = "goal";
    public static final String OBJECTIVES = "objectives";
    public static final String INTERVENTIONS = "plannedInterventions";
    public static final String TARGET_DATE = "targetDate";

    private static final List<PlanFieldNeed> NEEDS = List.of(
            PlanFieldNeed.group(PROBLEMS, "a repeatable group, one row per problem"),
            PlanFieldNeed.field(PROBLEMS, PROBLEM, TextType.class, "the problem, as text"),
            PlanFieldNeed.field(PROBLEMS, GOAL, TextType.class, "the goal for the problem, as text"));
    /** An ICD-10-CM code at the start of the diagnosis text, e.g. "F41.1" or "F411". */
    private static final Pattern ICD10_CODE = Pattern.compile("^\\s*([A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?)\\b");
    /** A list mark at the start of an objective's line: "1.", "2)", "a.", "-", "*", "•". */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[0-9]{1,2}[.)]|[a-z][.)]|[-*\u2022\u2013])\\s+");
    private static final RecordFactory RECORD = RecordFactory.eINSTANCE;

    private final Supplier<String> ids;

    /** @param ids source of ids for the plan and its problems, goals, objectives and interventions */
    public PlanFromNote(Supplier<String> ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * @return the fields a treatment-plan form needs to state a plan and {@code form} lacks, each as
     *         "problemList.goal (the goal for the problem, as text)"; empty if it has them all
     */
    public static List<String> missingFields(FormDefinition form) {
        return PlanFieldNeed.unmet(form, NEEDS);
    }

    /**
     * @param note the signed treatment-plan note
     * @param form the form it was written on
     * @return the plan it states, a draft in no episode; empty when the form lacks the fields or no row names a
     *         problem or goal
     */
    public Optional<TreatmentPlan> of(Note note, FormDefinition form) {
        if (!missingFields(form).isEmpty()) {
            return Optional.empty();
        }
        ValueScope scope = ValueScope.of(note);
        TreatmentPlan plan = RECORD.createTreatmentPlan();
        plan.setId(ids.get());
        plan.setStatus(PlanStatus.DRAFT);
        plan.setEffectiveDate(RecordedValues.date(scope, PLAN_DATE).orElseGet(() -> SignedNoteMeasures.dateOfService(note)));
        plan.setNextReviewDate(RecordedValues.date(scope, REVIEW_DATE).orElse(null));
        plan.setAuthorId(note.getAuthorId());
        plan.setNoteId(note.getId());
        String code = RecordedValues.text(scope, DIAGNOSIS).map(PlanFromNote::diagnosisCode).orElse(null);
        String frequency = RecordedValues.text(scope, FREQUENCY).orElse(null);
        for (ValueScope row : RecordedValues.rows(note, PROBLEMS)) {
            problem(row, form, code, frequency, note.getAuthorId()).ifPresent(plan.getProblems()::add);
        }
        return plan.getProblems().isEmpty() ? Optional.empty() : Optional.of(plan);
    }

    private Optional<Problem> problem(ValueScope row, FormDefinition form, String code, String frequency,
            String author) {
        Optional<String> statement = RecordedValues.text(row, PROBLEM);
        Optional<String> goalStatement = RecordedValues.text(row, GOAL);
        if (statement.isEmpty() && goalStatement.isEmpty()) {
            return Optional.empty();
        }
        LocalDate target = RecordedValues.date(row, TARGET_DATE).orElse(null);
        Problem problem = RECORD.createProblem();
        problem.setId(ids.get());
        problem.setStatement(statement.orElse(null));
        problem.setDiagnosisCode(code);
        Goal goal = RECORD.createGoal();
        goal.setId(ids.get());
        goal.setStatement(goalStatement.orElse(null));
        goal.setTargetDate(target);
        goal.setStatus(GoalStatus.ACTIVE);
        RepeatableGroup group = (RepeatableGroup) FormDefinitions.findElement(form, PROBLEMS).orElseThrow();
        List<String> interventions = RecordedValues.chosen(row, INTERVENTIONS).stream()
                .map(option -> RecordedValues.optionLabel(group, INTERVENTIONS, option)).toList();
        for (String line : RecordedValues.text(row, OBJECTIVES).map(PlanFromNote::objectiveLines).orElse(List.of())) {
            Objective objective = RECORD.createObjective();
            objective.setId(ids.get());
            objective.setStatement(line);
            objective.setTargetDate(target);
            objective.setStatus(GoalStatus.ACTIVE);
            for (String description : interventions) {
                Intervention intervention = RECORD.createIntervention();
                intervention.setId(ids.get());
                intervention.setDescription(description);
                intervention.setFrequency(frequency);
                intervention.setResponsibleClinicianId(author);
                objective.getInterventions().add(intervention);
            }
            goal.getObjectives().add(objective);
        }
        problem.getGoals().add(goal);
        return Optional.of(problem);
    }

    /** @return the objectives written in a text: one per non-empty line, without list marks */
    public static List<String> objectiveLines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip)
                .map(line -> LIST_MARK.matcher(line).replaceFirst("").strip()).filter(line -> !line.isEmpty())
                .toList();
    }

    /** @return the ICD-10 code the diagnosis text starts with, dotted ("F41.1"), or null if it starts otherwise */
    public static String diagnosisCode(String diagnosis) {
        Matcher code = ICD10_CODE.matcher(diagnosis.toUpperCase(java.util.Locale.ROOT));
        if (!code.find()) {
            return null;
        }
        String compact = code.group(1).replace(".", "");
        return compact.length() <= 3 ? compact : compact.substring(0, 3) + "." + compact.substring(3);
    }
}
