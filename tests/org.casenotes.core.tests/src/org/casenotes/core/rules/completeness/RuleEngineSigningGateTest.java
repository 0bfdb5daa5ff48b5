package org.casenotes.core.rules.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.completeness.internal.RuleEngineSigningGate;
import org.casenotes.core.rules.payer.internal.CptTimeBandRule;
import org.casenotes.core.rules.payer.ProgressNoteFixture;
import org.casenotes.core.rules.payer.internal.RiskAssessmentRule;
import org.junit.jupiter.api.Test;

class RuleEngineSigningGateTest {

    private final RuleEngine engine = new RuleEngine(List.of(new CptTimeBandRule(), new RiskAssessmentRule()));

    @Test
    void errorsRefuseSigningWithFieldMessageAndRule() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().remove("suicideRisk");
        RuleEngineSigningGate gate = new RuleEngineSigningGate(engine,
                (note, form) -> new NoteTextContext(note, form, RuleSettings.DEFAULTS));

        List<String> refusals = gate.refusals(fixture.note, fixture.form);

        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).startsWith("suicideRisk: Rate the risk"), refusals.get(0));
        assertTrue(refusals.get(0).endsWith("[payer.risk-assessment]"));
    }

    @Test
    void aCompleteNoteMaySign() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        RuleEngineSigningGate gate = new RuleEngineSigningGate(engine,
                (note, form) -> new NoteTextContext(note, form, RuleSettings.DEFAULTS));
        assertEquals(List.of(), gate.refusals(fixture.note, fixture.form));
    }

    @Test
    void anErrorTheAgencyLoweredToAWarningDoesNotBlock() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().remove("suicideRisk");
        RuleSettings agency = RuleSettings.DEFAULTS.withSeverity("payer.risk-assessment", Severity.WARNING);
        RuleEngineSigningGate gate = new RuleEngineSigningGate(engine,
                (note, form) -> new NoteTextContext(note, form, agency));
        assertEquals(List.of(), gate.refusals(fixture.note, fixture.form));
    }
}
