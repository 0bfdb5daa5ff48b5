package org.casenotes.core.rules.payer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.form.ChoiceOption;
import org.casenotes.model.form.ChoiceType;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FieldType;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.Instrument;
import org.casenotes.model.form.InstrumentBlock;
import org.casenotes.model.form.InstrumentItem;
import org.casenotes.model.form.RepeatableGroup;
import org.casenotes.model.form.Section;
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
    static final FormFactory F = FormFactory.eINSTANCE;
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
        FormDefinition form = F.createFormDefinition();
        form.setId("test.Progress");
        form.setKind(FormKind.PROGRESS);
        Section session = F.createSection();
        session.setId("session");
        session.getElements().add(field("sessionDate", F.createDateType()));
        session.getElements().add(field("startTime", F.createTimeType()));
        session.getElements().add(field("stopTime", F.createTimeType()));
        session.getElements().add(field("cptCode", choice("intake", "90791 - Psychiatric diagnostic evaluation",
                "psychotherapy30", "90832 - Psychotherapy, 16-37 minutes", "psychotherapy45",
                "90834 - Psychotherapy, 38-52 minutes", "psychotherapy60", "90837 - Psychotherapy, 53 minutes or more")));
        session.getElements().add(field("extendedSessionReason", F.createLongTextType()));
        session.getElements().add(field("placeOfService", choice("office", "11 - Office", "telehealthHome",
                "10 - Telehealth in the client's home", "telehealthOther", "02 - Telehealth, client not at home")));
        session.getElements().add(field("telehealthMode", choice("video", "Live video", "audio", "Audio only")));
        session.getElements().add(field("clientLocation", F.createShortTextType()));
        session.getElements().add(field("clinicianLocation", F.createShortTextType()));
        session.getElements().add(field("telehealthConsent", F.createBooleanType()));
        form.getElements().add(session);

        RepeatableGroup goals = F.createRepeatableGroup();
        goals.setId("goalsAddressed");
        goals.getElements().add(field("goal", F.createGoalReferenceType()));
        form.getElements().add(goals);

        Section risk = F.createSection();
        risk.setId("risk");
        Instrument phq9 = F.createInstrument();
        phq9.setId("PHQ9");
        phq9.setTitle("PHQ-9");
        phq9.getScale().addAll(List.of(option("notAtAll", "Not at all", 0), option("severalDays", "Several days", 1),
                option("moreThanHalf", "More than half the days", 2), option("nearlyEveryDay", "Nearly every day", 3)));
        for (int i = 1; i <= 9; i++) {
            InstrumentItem item = F.createInstrumentItem();
            item.setId("q" + i);
            item.setCritical(i == 9);
            item.setCriticalScore(0);
            phq9.getItems().add(item);
        }
        form.getInstruments().add(phq9);
        InstrumentBlock block = F.createInstrumentBlock();
        block.setId("phq9");
        block.setInstrument(phq9);
        risk.getElements().add(block);
        String[] levels = {"none", "None reported or observed", "low", "Low", "moderate", "Moderate", "high", "High"};
        risk.getElements().add(field("suicideRisk", choice(levels)));
        risk.getElements().add(field("harmToOthers", choice(levels)));
        risk.getElements().add(field("riskDetails", F.createLongTextType()));
        risk.getElements().add(field("safetyPlan", F.createLongTextType()));
        form.getElements().add(risk);
        return form;
    }

    static Field field(String id, FieldType type) {
        Field field = F.createField();
        field.setId(id);
        field.setLabel(id);
        field.setType(type);
        return field;
    }

    static ChoiceType choice(String... idsAndLabels) {
        ChoiceType type = F.createChoiceType();
        for (int i = 0; i < idsAndLabels.length; i += 2) {
            type.getOptions().add(option(idsAndLabels[i], idsAndLabels[i + 1], null));
        }
        return type;
    }

    static ChoiceOption option(String id, String label, Integer score) {
        ChoiceOption option = F.createChoiceOption();
        option.setId(id);
        option.setLabel(label);
        option.setScore(score);
        return option;
    }
}
