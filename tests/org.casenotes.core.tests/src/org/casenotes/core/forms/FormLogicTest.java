package org.casenotes.core.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.record.Note;
import org.junit.jupiter.api.Test;

/** Conditions, calculations, completeness and the rule engine's view of a note, on a small SOAP-like form. */
class FormLogicTest {

    private final FormFixture fixture = new FormFixture();
    private final Note note = fixture.draft();
    private final ValueEditor edit = new NoteLifecycle(Clock.systemUTC(), SigningGate.NONE,
            new SigningDeadline(3, ZoneOffset.UTC)).edit(note, fixture.form);
    private final ValueScope scope = ValueScope.of(note);

    @Test
    void reasonAppearsForPlateauAndSetbackAndIsRequiredOnlyForSetback() {
        assertFalse(FormState.isShown(fixture.reason, scope), "hidden while progress is unanswered");
        edit.choose("progress", "improved");
        assertFalse(FormState.isShown(fixture.reason, scope));
        edit.choose("progress", "plateau");
        assertTrue(FormState.isShown(fixture.reason, scope));
        assertFalse(FormState.isRequired(fixture.reason, scope));
        edit.choose("progress", "setback");
        assertTrue(FormState.isRequired(fixture.reason, scope));
    }

    @Test
    void minutesBetweenStartAndStopSuggestTheCptCode() {
        assertFalse(Expressions.calculate(fixture.minutes, scope).isPresent(), "no minutes without both times");
        edit.setTime("startTime", LocalTime.of(14, 0)).setTime("stopTime", LocalTime.of(14, 45));
        assertEquals(new BigDecimal(45), Expressions.calculate(fixture.minutes, scope).number());
        assertEquals("90834", Expressions.calculate(fixture.cpt, scope).text());
        edit.setTime("stopTime", LocalTime.of(14, 10));
        assertFalse(Expressions.calculate(fixture.cpt, scope).isPresent(), "10 minutes fall in no CPT band");
    }

    @Test
    void sessionPastMidnightCountsForward() {
        edit.setTime("startTime", LocalTime.of(23, 40)).setTime("stopTime", LocalTime.of(0, 20));
        assertEquals(new BigDecimal(40), Expressions.calculate(fixture.minutes, scope).number());
    }

    @Test
    void instrumentTotalAndBandFollowTheAnswers() {
        InstrumentAnswers answers = new InstrumentAnswers(note, fixture.block);
        assertFalse(Expressions.calculate(fixture.band, scope).isPresent());
        answers.setAnswer(fixture.screen.getItems().get(0), "s2");
        assertEquals("Low", Expressions.calculate(fixture.band, scope).text());
        answers.setAnswer(fixture.screen.getItems().get(1), "s3");
        assertEquals(new BigDecimal(5), answers.total().orElseThrow());
        assertEquals(List.of("high"), Expressions.calculate(fixture.band, scope).optionIds());
        answers.setAnswer(fixture.screen.getItems().get(1), null);
        assertEquals(new BigDecimal(2), answers.total().orElseThrow());
    }

    @Test
    void completenessListsWhatIsStillMissingInFormOrder() {
        assertEquals(List.of("progress", "screen", "goals"), paths(Completeness.missing(fixture.form, scope)));
        edit.choose("progress", "setback");
        edit.addRow("goals");
        assertEquals(List.of("setbackReason", "screen", "goals[0].goalNote"),
                paths(Completeness.missing(fixture.form, scope)));
        edit.setText("setbackReason", "Lost housing this week.");
        edit.row("goals", 0).setText("goalNote", "Applied for two flats.");
        InstrumentAnswers answers = new InstrumentAnswers(note, fixture.block);
        fixture.screen.getItems().forEach(item -> answers.setAnswer(item, "s0"));
        assertEquals(List.of(), Completeness.missing(fixture.form, scope));
    }

    @Test
    void blankTextDoesNotCountAsAnAnswer() {
        edit.choose("progress", "setback").setText("setbackReason", "   ");
        assertTrue(paths(Completeness.missing(fixture.form, scope)).contains("setbackReason"));
    }

    @Test
    void ruleContextHoldsShownTextFieldsWithRowPaths() {
        edit.setText("narrative", "Client declined to engage.");
        edit.addRow("goals").setText("goalNote", "Walked daily.");
        NoteTextContext context = new NoteTextContext(note, fixture.form, RuleSettings.DEFAULTS);
        assertEquals(DocumentKind.RECORD_NOTE, context.kind());
        assertEquals(List.of("narrative", "goals[0].goalNote"), context.fields().stream().map(FieldText::fieldId).toList());
        assertEquals("Walked daily.", context.field("goals[0].goalNote").orElseThrow().text());
        edit.setText("setbackReason", "Missed two sessions.");
        assertFalse(new NoteTextContext(note, fixture.form, RuleSettings.DEFAULTS).field("setbackReason").isPresent(),
                "a hidden field is not checked");
        edit.choose("progress", "plateau");
        assertTrue(new NoteTextContext(note, fixture.form, RuleSettings.DEFAULTS).field("setbackReason").isPresent(),
                "a field that appears is checked");
        assertEquals(note, context.lookup(Note.class).orElseThrow());
    }

    private static List<String> paths(List<MissingValue> missing) {
        return missing.stream().map(MissingValue::path).toList();
    }
}
