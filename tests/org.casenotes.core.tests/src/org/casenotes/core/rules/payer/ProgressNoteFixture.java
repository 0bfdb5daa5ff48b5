package org.casenotes.core.rules.payer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.form.build.InstrumentBuilder;
import org.casenotes.model.record.BooleanValue;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.Session;
import org.casenotes.model.record.Signature;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TimeValue;
import org.casenotes.model.record.TreatmentPlan;

/**
 * A fictional client (Maya Fenwick, panic attacks at work) with a treatment plan, and a progress note on a small
 * form that uses the field ids of the standard progress-note base. {@link #complete()} fills the note so that no
 * payer rule fires; tests then take one thing away or change it.
 */
public final class ProgressNoteFixture {

    public static final LocalDate SESSION_DAY = LocalDate.of(2026, 11, 18);
    static final RecordFactory R = RecordFactory.eINSTANCE;

    public final FormDefinition form = progressForm();
    public final Client client = R.createClient();
    public final TreatmentPlan plan = R.createTreatmentPlan();
    public final Note note = R.createNote();

    public ProgressNoteFixture() {
        client.setId("client-maya");
        client.setLegalName("Maya Fenwick");
        EpisodeOfCare episode = R.createEpisodeOfCare();
        episode.setId("episode-1");
        plan.setId("plan-1");
        plan.setVersion(2);
        plan.setStatus(PlanStatus.ACTIVE);
        plan.setEffectiveDate(LocalDate.of(2026, 9, 1));
        plan.setNextReviewDate(LocalDate.of(2026, 12, 1));
        Problem problem = R.createProblem();
        problem.setId("problem-panic");
        Goal goal = R.createGoal();
        goal.setId("goal-panic");
        goal.setStatement("Maya manages panic symptoms at work.");
        Objective objective = R.createObjective();
        objective.setId("objective-breathing");
        objective.setStatement("Uses paced breathing when panic starts, 4 of 5 workdays.");
        goal.getObjectives().add(objective);
        problem.getGoals().add(goal);
        plan.getProblems().add(problem);
        episode.getTreatmentPlans().add(plan);
        client.getEpisodes().add(episode);

        note.setId("note-2026-11-18");
        note.setClientId(client.getId());
        note.setTemplateId("test.Progress");
        note.setAuthorId("clin-ada");
        note.setStatus(NoteStatus.DRAFT);
        note.setDateOfService(SESSION_DAY);
        note.setCreatedAt(Instant.parse("2026-11-18T16:00:00Z"));
        client.getNotes().add(note);
    }

    /** @return this fixture with a note that every payer rule accepts: 50 minutes billed 90834 in the office */
    public ProgressNoteFixture complete() {
        time("startTime", "10:00");
        time("stopTime", "10:50");
        choose("cptCode", "psychotherapy45");
        choose("placeOfService", "office");
        choose("suicideRisk", "none");
        choose("harmToOthers", "none");
        addressGoal("objective-breathing");
        return this;
    }

    public NoteTextContext context() {
        return new NoteTextContext(note, form, RuleSettings.DEFAULTS, client);
    }

    public List<Finding> findings(Rule rule) {
        return rule.evaluate(context());
    }

    public ProgressNoteFixture text(String fieldId, String text) {
        remove(fieldId);
        TextValue value = R.createTextValue();
        value.setFieldId(fieldId);
        value.setText(text);
        note.getValues().add(value);
        return this;
    }

    public ProgressNoteFixture time(String fieldId, String time) {
        remove(fieldId);
        TimeValue value = R.createTimeValue();
        value.setFieldId(fieldId);
        value.setValue(LocalTime.parse(time));
        note.getValues().add(value);
        return this;
    }

    public ProgressNoteFixture choose(String fieldId, String optionId) {
        remove(fieldId);
        ChoiceValue value = R.createChoiceValue();
        value.setFieldId(fieldId);
        value.getOptionIds().add(optionId);
        note.getValues().add(value);
        return this;
    }

    public ProgressNoteFixture flag(String fieldId, boolean yes) {
        remove(fieldId);
        BooleanValue value = R.createBooleanValue();
        value.setFieldId(fieldId);
        value.setValue(yes);
        note.getValues().add(value);
        return this;
    }

    public ProgressNoteFixture remove(String fieldId) {
        note.getValues().removeIf(value -> fieldId.equals(value.getFieldId()));
        return this;
    }

    public ProgressNoteFixture addressGoal(String planElementId) {
        GroupValue group = note.getGroups().stream().filter(g -> "goalsAddressed".equals(g.getGroupId()))
                .findFirst().orElseGet(() -> {
                    GroupValue created = R.createGroupValue();
                    created.setGroupId("goalsAddressed");
                    note.getGroups().add(created);
                    return created;
                });
        GroupRow row = R.createGroupRow();
        GoalReferenceValue reference = R.createGoalReferenceValue();
        reference.setFieldId("goal");
        reference.getPlanElementIds().add(planElementId);
        row.getValues().add(reference);
        group.getRows().add(row);
        return this;
    }

    public ProgressNoteFixture sign(Instant at, String credentials) {
        Signature signature = R.createSignature();
        signature.setSignerId("clin-ada");
        signature.setSignerName("Ada Okafor");
        signature.setCredentials(credentials);
        signature.setSignedAt(at);
        note.setSignature(signature);
        note.setStatus(NoteStatus.SIGNED);
        return this;
    }

    /** Adds a session to the client's record and links the note to it. */
    public Session session(String start, String stop, String cptCode) {
        Session session = R.createSession();
        session.setId("session-1");
        session.setDate(SESSION_DAY);
        session.setStartTime(LocalTime.parse(start));
        session.setStopTime(LocalTime.parse(stop));
        session.setCptCode(cptCode);
        client.getSessions().add(session);
        note.setSessionId(session.getId());
        return session;
    }

    private static FormDefinition progressForm() {
        String[] levels = {"none", "None reported or observed", "low", "Low", "moderate", "Moderate", "high", "High"};
        Instrument phq9 = InstrumentBuilder.instrument("PHQ9", "PHQ-9").items("q", new String[9])
                .scale("notAtAll", "Not at all", "severalDays", "Several days", "moreThanHalf",
                        "More than half the days", "nearlyEveryDay", "Nearly every day")
                .critical("q9", 0, null).build();
        return FormBuilder.form("test.Progress", FormKind.PROGRESS)
                .section("session", null, s -> s.date("sessionDate").time("startTime").time("stopTime")
                        .choiceOf("cptCode", "cptCode", "intake", "90791 - Psychiatric diagnostic evaluation",
                                "psychotherapy30", "90832 - Psychotherapy, 16-37 minutes", "psychotherapy45",
                                "90834 - Psychotherapy, 38-52 minutes", "psychotherapy60",
                                "90837 - Psychotherapy, 53 minutes or more")
                        .longText("extendedSessionReason")
                        .choiceOf("placeOfService", "placeOfService", "office", "11 - Office", "telehealthHome",
                                "10 - Telehealth in the client's home", "telehealthOther",
                                "02 - Telehealth, client not at home")
                        .choiceOf("telehealthMode", "telehealthMode", "video", "Live video", "audio", "Audio only")
                        .shortText("clientLocation").shortText("clinicianLocation").yesNo("telehealthConsent"))
                .group("goalsAddressed", null, g -> g.goal("goal", "goal", null))
                .section("risk", null, s -> s.instrument("phq9", null, phq9)
                        .choiceOf("suicideRisk", "suicideRisk", levels).choiceOf("harmToOthers", "harmToOthers", levels)
                        .longText("riskDetails").longText("safetyPlan"))
                .build();
    }

    static Field field(String id, FieldType type) {
        Field field = FormFactory.eINSTANCE.createField();
        field.setId(id);
        field.setLabel(id);
        field.setType(type);
        return field;
    }
}
