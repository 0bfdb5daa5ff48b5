package org.casenotes.model.form;

import java.math.BigDecimal;

/** Builds small fictional form definitions for tests, the way the template compiler would. */
final class SampleForms {

    static final FormFactory F = FormFactory.eINSTANCE;

    private SampleForms() {
    }

    /** A cut-down SOAP note: session section with times and duration, assessment with a conditional field. */
    static FormDefinition soapNote() {
        FormDefinition form = F.createFormDefinition();
        form.setId("std.SoapNote");
        form.setTitle("SOAP progress note");
        form.setVersion(3);
        form.setKind(FormKind.PROGRESS);
        form.getBaseChain().add("std.ProgressNoteBase");

        Section session = section("session", "Session");
        Field start = field("startTime", "Start time", F.createTimeType());
        Field stop = field("stopTime", "Stop time", F.createTimeType());
        CalculatedValue minutes = F.createCalculatedValue();
        minutes.setId("minutes");
        DurationMinutes duration = F.createDurationMinutes();
        duration.setStart(start);
        duration.setStop(stop);
        minutes.setCalculation(duration);
        session.getElements().add(start);
        session.getElements().add(stop);
        session.getElements().add(minutes);

        Section assessment = section("assessment", "Assessment");
        ChoiceType progressType = F.createChoiceType();
        progressType.getOptions().add(option("improved", "Improved"));
        progressType.getOptions().add(option("plateau", "Plateau"));
        progressType.getOptions().add(option("setback", "Setback"));
        Field progress = field("progress", "Progress since treatment began", progressType);
        progress.setRequired(true);
        Field setbackReason = field("setbackReason", "Why the setback or plateau", F.createLongTextType());
        Membership when = F.createMembership();
        ElementValue progressValue = F.createElementValue();
        progressValue.setElement(progress);
        when.setSubject(progressValue);
        when.getOptionIds().add("plateau");
        when.getOptionIds().add("setback");
        setbackReason.setRequiredWhen(when);
        assessment.getElements().add(progress);
        assessment.getElements().add(setbackReason);

        RepeatableGroup goals = F.createRepeatableGroup();
        goals.setId("goalsAddressed");
        goals.setMinRows(1);
        Field goal = field("goal", "Goal", F.createGoalReferenceType());
        Field goalProgress = field("goalProgress", "Progress toward the goal", F.createLongTextType());
        goals.getElements().add(goal);
        goals.getElements().add(goalProgress);
        assessment.getElements().add(goals);

        SignatureBlock signature = F.createSignatureBlock();
        signature.setId("signature");
        form.getElements().add(session);
        form.getElements().add(assessment);
        form.getElements().add(signature);

        RuleConfiguration rules = F.createRuleConfiguration();
        SigningWindow window = F.createSigningWindow();
        window.setAmount(3);
        window.setUnit(WindowUnit.DAYS);
        rules.setSigningWindow(window);
        form.setRuleConfiguration(rules);
        return form;
    }

    static Section section(String id, String label) {
        Section section = F.createSection();
        section.setId(id);
        section.setLabel(label);
        return section;
    }

    static Field field(String id, String label, FieldType type) {
        Field field = F.createField();
        field.setId(id);
        field.setLabel(label);
        field.setType(type);
        return field;
    }

    static ChoiceOption option(String id, String label) {
        ChoiceOption option = F.createChoiceOption();
        option.setId(id);
        option.setLabel(label);
        return option;
    }

    static Band band(int min, Integer max, String label) {
        Band band = F.createBand();
        band.setMin(BigDecimal.valueOf(min));
        band.setMax(max == null ? null : BigDecimal.valueOf(max));
        band.setLabel(label);
        return band;
    }
}
