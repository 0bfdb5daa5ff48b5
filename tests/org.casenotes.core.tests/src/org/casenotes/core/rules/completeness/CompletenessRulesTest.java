package org.casenotes.core.rules.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.NoteContext;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.Rule;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.completeness.internal.NumberRangeRule;
import org.casenotes.core.rules.completeness.internal.ProgressNoteElementsRule;
import org.casenotes.core.rules.completeness.internal.RequiredValuesRule;
import org.casenotes.core.rules.completeness.internal.TextConstraintsRule;
import org.casenotes.model.form.Field;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormFactory;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.form.LongTextType;
import org.casenotes.model.form.ShortTextType;
import org.casenotes.model.form.build.FormBuilder;
import org.casenotes.model.record.ChoiceValue;
import org.casenotes.model.record.GroupRow;
import org.casenotes.model.record.GroupValue;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NumberValue;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.model.record.TextValue;
import org.junit.jupiter.api.Test;

/** The form-driven rules, on a small fictional progress form. */
class CompletenessRulesTest {

    private static final FormFactory F = FormFactory.eINSTANCE;
    private static final RecordFactory R = RecordFactory.eINSTANCE;

    private final FormBuilder builder = FormBuilder.form("test.Progress", FormKind.PROGRESS)
            .section("content", null, s -> s.longText("presentingProblem", "Presenting problem").required()
                    .field("problemDuration", "How long", duration())
                    .choiceOf("progress", "Progress since treatment began", "improved", "improved", "plateau",
                            "plateau", "setback", "setback").required()
                    .longText("setbackReason", "Why the setback or plateau")
                    .requiredWhen("progress", "plateau", "setback")
                    .field("response", "Client's response", response())
                    .number("sleepHours", "Sleep per night", null, "hours", 0, 24));
    private final FormDefinition form = builder.build();
    private final Field setbackReason = builder.element("setbackReason", Field.class);
    private final Note note = R.createNote();

    CompletenessRulesTest() {
        note.setDateOfService(LocalDate.of(2026, 11, 18));
        text("presentingProblem", "Panic attacks at work, three to four a week.");
        choose("progress", "improved");
    }

    private static ShortTextType duration() {
        ShortTextType duration = F.createShortTextType();
        duration.setMaxChars(20);
        duration.setPattern("\\d+ (weeks|months|years)");
        duration.setPatternMessage("Write a number and a unit, e.g. \u201c6 months\u201d.");
        return duration;
    }

    private static LongTextType response() {
        LongTextType response = F.createLongTextType();
        response.setMinWords(10);
        return response;
    }

    private void text(String fieldId, String text) {
        note.getValues().removeIf(v -> fieldId.equals(v.getFieldId()));
        TextValue value = R.createTextValue();
        value.setFieldId(fieldId);
        value.setText(text);
        note.getValues().add(value);
    }

    private void choose(String fieldId, String optionId) {
        note.getValues().removeIf(v -> fieldId.equals(v.getFieldId()));
        ChoiceValue value = R.createChoiceValue();
        value.setFieldId(fieldId);
        value.getOptionIds().add(optionId);
        note.getValues().add(value);
    }

    private NoteContext context() {
        return new NoteTextContext(note, form, RuleSettings.DEFAULTS);
    }

    private List<Finding> findings(Rule rule) {
        return rule.evaluate(context());
    }

    @Test
    void requiredFieldsWithValuesAreAccepted() {
        assertEquals(List.of(), findings(new RequiredValuesRule()));
    }

    @Test
    void aMissingRequiredFieldIsAnErrorNamingItsLabel() {
        note.getValues().removeIf(v -> v.getFieldId().equals("presentingProblem"));
        List<Finding> findings = findings(new RequiredValuesRule());
        assertEquals(1, findings.size());
        assertEquals("presentingProblem", findings.get(0).fieldId());
        assertEquals("\u201cPresenting problem\u201d is required.", findings.get(0).message());
    }

    @Test
    void aSetbackMakesTheReasonRequired() {
        choose("progress", "setback");
        assertEquals(List.of("setbackReason"),
                findings(new RequiredValuesRule()).stream().map(Finding::fieldId).toList());
        text("setbackReason", "Her manager changed her shifts to nights; sleep fell to four hours.");
        assertEquals(List.of(), findings(new RequiredValuesRule()));
    }

    @Test
    void aResponseUnderTheMinimumWordsIsAnError() {
        text("response", "Went well.");
        List<Finding> findings = findings(new TextConstraintsRule());
        assertEquals(1, findings.size());
        assertEquals("Write at least 10 words here (now 2).", findings.get(0).message());
        text("response", "She practised box breathing twice and rated her anxiety 4 out of 10 afterwards.");
        assertEquals(List.of(), findings(new TextConstraintsRule()));
    }

    @Test
    void patternsAndMaximumCharactersUseTheTemplatesMessage() {
        text("problemDuration", "since last spring, on and off");
        List<String> messages = findings(new TextConstraintsRule()).stream().map(Finding::message).toList();
        assertEquals(List.of("Keep this to 20 characters (now 29).",
                "Write a number and a unit, e.g. \u201c6 months\u201d."), messages);
        text("problemDuration", "8 months");
        assertEquals(List.of(), findings(new TextConstraintsRule()));
    }

    @Test
    void textInTheRowsOfARepeatableGroupIsHeldToItsFieldsLimits() {
        ShortTextType step = F.createShortTextType();
        step.setMaxWords(5);
        builder.within("content", s -> s.group("goalsWorked", null, g -> g.field("step", "Next step", step)));
        GroupValue rows = R.createGroupValue();
        rows.setGroupId("goalsWorked");
        rows.getRows().addAll(List.of(row("step", "Walk twice this week"),
                row("step", "Call her sister on Sunday and tell her about the new job")));
        note.getGroups().add(rows);

        List<Finding> findings = findings(new TextConstraintsRule());
        assertEquals(List.of("goalsWorked[1].step: Keep this to 5 words (now 12)."),
                findings.stream().map(f -> f.fieldId() + ": " + f.message()).toList());
    }

    private static GroupRow row(String fieldId, String text) {
        GroupRow row = R.createGroupRow();
        TextValue value = R.createTextValue();
        value.setFieldId(fieldId);
        value.setText(text);
        row.getValues().add(value);
        return row;
    }

    @Test
    void emptyTextAndPlainContextsAreLeftToOtherRules() {
        text("response", "   ");
        assertEquals(List.of(), findings(new TextConstraintsRule()));
        assertEquals(List.of(), new TextConstraintsRule().evaluateField(FieldText.of("response", "ok"),
                PlainNoteContext.narrative("ok")));
    }

    @Test
    void numbersOutsideTheirRangeAreErrors() {
        NumberValue hours = R.createNumberValue();
        hours.setFieldId("sleepHours");
        hours.setValue(BigDecimal.valueOf(30));
        note.getValues().add(hours);
        List<Finding> findings = findings(new NumberRangeRule());
        assertEquals(1, findings.size());
        assertEquals("30 hours is above the highest allowed value, 24 hours.", findings.get(0).message());
        hours.setValue(BigDecimal.valueOf(6.5));
        assertEquals(List.of(), findings(new NumberRangeRule()));
    }

    @Test
    void progressNoteElementsMissingFromTheTemplateAreReported() {
        text("response", "She practised box breathing twice and rated her anxiety 4 out of 10 afterwards.");
        List<String> messages = findings(new ProgressNoteElementsRule()).stream().map(Finding::message).toList();
        assertTrue(messages.contains("The template has no field for the time of the session."), messages.toString());
        assertTrue(messages.contains("The template has no field for the plan for future sessions."));
        assertTrue(messages.stream().noneMatch(m -> m.contains("date of the session")), "dateOfService is set");
        assertTrue(messages.stream().noneMatch(m -> m.contains("presenting problem")));
    }

    @Test
    void anOptionalResponseLeftEmptyIsReportedOnce() {
        List<Finding> findings = findings(new ProgressNoteElementsRule());
        assertTrue(findings.stream().anyMatch(f -> "response".equals(f.fieldId())
                && f.message().equals("The note does not say the client's response to the interventions.")));
    }

    @Test
    void aSetbackReasonAlreadyReportedAsRequiredIsNotRepeated() {
        choose("progress", "plateau");
        assertTrue(findings(new ProgressNoteElementsRule()).stream().noneMatch(f -> "setbackReason".equals(f.fieldId())));
        setbackReason.setRequiredWhen(null);
        assertTrue(findings(new ProgressNoteElementsRule()).stream().anyMatch(f -> "setbackReason".equals(f.fieldId())));
    }

    @Test
    void onlyProgressNotesAreCheckedForTheElements() {
        form.setKind(FormKind.INTAKE);
        assertEquals(List.of(), findings(new ProgressNoteElementsRule()));
    }
}
