package org.casenotes.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RuleEngineTest {

    /** Flags every field containing "TODO"; records which fields it looked at. */
    private static class TodoRule implements FieldRule {
        final List<String> evaluated = new ArrayList<>();

        @Override
        public String id() {
            return "test.todo";
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.COMPLETENESS;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public String description() {
            return "No TODO left in a signed note.";
        }

        @Override
        public SourceCitation source() {
            return new SourceCitation("Agency policy", "");
        }

        @Override
        public List<Finding> evaluateField(FieldText field, NoteContext note) {
            evaluated.add(field.fieldId());
            int at = field.text().indexOf("TODO");
            return at < 0 ? List.of()
                    : List.of(new Finding(id(), defaultSeverity(), "Unfinished", field.fieldId(),
                            new TextRange(at, at + 4), List.of(), source()));
        }
    }

    /** A note-level rule: the plan field must not be empty. */
    private static final class PlanPresentRule implements Rule {

        @Override
        public String id() {
            return "test.plan";
        }

        @Override
        public RuleCategory category() {
            return RuleCategory.COMPLETENESS;
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public String description() {
            return "A progress note needs a plan.";
        }

        @Override
        public SourceCitation source() {
            return new SourceCitation("Practitioner's guide", "");
        }

        @Override
        public List<Finding> evaluate(NoteContext note) {
            boolean present = note.field("plan").map(f -> !f.text().isBlank()).orElse(false);
            return present ? List.of()
                    : List.of(new Finding(id(), defaultSeverity(), "Add the plan", "plan", null, List.of(), source()));
        }
    }

    private final TodoRule todo = new TodoRule();
    private final PlanPresentRule plan = new PlanPresentRule();
    private final RuleEngine engine = new RuleEngine(List.of(todo, plan));
    private final PlainNoteContext note = PlainNoteContext.of(DocumentKind.RECORD_NOTE,
            FieldText.of("subjective", "Client reports TODO"), FieldText.of("plan", ""));

    @Test
    void runsFieldAndNoteRules() {
        List<Finding> findings = engine.evaluate(note);
        assertEquals(List.of("test.plan", "test.todo"), findings.stream().map(Finding::ruleId).toList());
    }

    @Test
    void severityOverrideReplacesTheRulesSeverity() {
        List<Finding> findings = engine.evaluate(note.withSettings(RuleSettings.DEFAULTS.withSeverity("test.todo", Severity.ERROR)));
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void templateSettingsOverrideAgencySettings() {
        RuleSettings agency = RuleSettings.DEFAULTS.withDisabled("test.todo").withSeverity("test.plan", Severity.INFO);
        RuleSettings template = RuleSettings.DEFAULTS.withSeverity("test.todo", Severity.INFO);
        List<Finding> findings = engine.evaluate(note.withSettings(agency.overriddenBy(template)));
        assertEquals(List.of(Severity.INFO, Severity.INFO), findings.stream().map(Finding::severity).toList());
        assertEquals(List.of(), engine.evaluate(note.withSettings(agency.withDisabled("test.plan"))));
    }

    @Test
    void disabledRuleIsNotEvenRun() {
        engine.evaluate(note.withSettings(RuleSettings.DEFAULTS.withDisabled("test.todo")));
        assertEquals(List.of(), todo.evaluated);
    }

    @Test
    void failingRuleIsReportedOnceThenSwitchedOffAndOthersStillRun() {
        FieldRule broken = new TodoRule() {
            @Override
            public String id() {
                return "test.broken";
            }

            @Override
            public List<Finding> evaluateField(FieldText field, NoteContext context) {
                throw new IllegalStateException("boom");
            }
        };
        List<RuleFailures.RuleFailure> reported = new ArrayList<>();
        RuleEngine withBroken = new RuleEngine(List.of(broken, todo), RuleSelection.ALL, new RuleFailures(reported::add));
        List<Finding> findings = withBroken.evaluate(note);
        assertEquals(List.of("test.broken", "test.todo"), findings.stream().map(Finding::ruleId).toList());
        assertTrue(findings.get(0).message().contains("boom"));
        assertEquals(List.of("test.todo"), withBroken.evaluate(note).stream().map(Finding::ruleId).toList());
        assertEquals(List.of("test.broken"), reported.stream().map(RuleFailures.RuleFailure::ruleId).toList());
        assertTrue(withBroken.failures().isDisabled("test.broken"));
    }

    @Test
    void duplicateRuleIdsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RuleEngine(List.of(todo, new TodoRule())));
    }

    @Test
    void liveEvaluationReevaluatesOnlyTheEditedField() {
        LiveEvaluation live = new LiveEvaluation(engine, note);
        assertEquals(2, live.findings().size());
        todo.evaluated.clear();
        PlainNoteContext edited = note.withField(FieldText.of("plan", "Meet weekly; TODO call school"));
        List<Finding> planFindings = live.fieldEdited(edited, "plan");
        assertEquals(List.of("plan"), todo.evaluated);
        assertEquals(List.of("test.todo"), planFindings.stream().map(Finding::ruleId).toList());
        assertEquals(List.of("test.todo", "test.todo"), live.findings().stream().map(Finding::ruleId).toList());
        assertEquals(1, live.findingsOf("subjective").size());
    }

    @Test
    void suggestedEditAppliesToTheFieldText() {
        SuggestedEdit edit = SuggestedEdit.replace(new TextRange(7, 14), "declined");
        assertEquals("Client declined care", edit.applyTo("Client refused care"));
        assertEquals("Replace with \u201cdeclined\u201d", edit.label());
    }

    @Test
    void findingWithARangeNeedsAField() {
        assertThrows(IllegalArgumentException.class, () -> new Finding("r", Severity.INFO, "m", null,
                new TextRange(0, 1), List.of(), new SourceCitation("s", "")));
        assertThrows(IllegalArgumentException.class, () -> new TextRange(3, 2));
    }
}
