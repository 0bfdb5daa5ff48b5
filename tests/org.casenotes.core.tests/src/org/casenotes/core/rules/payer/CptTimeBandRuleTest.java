package org.casenotes.core.rules.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.payer.internal.CptTimeBandRule;
import org.casenotes.core.rules.payer.internal.CptTimeBands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CptTimeBandRuleTest {

    private final CptTimeBandRule rule = new CptTimeBandRule();

    @ParameterizedTest
    @CsvSource({"16, 90832", "37, 90832", "38, 90834", "52, 90834", "53, 90837", "90, 90837"})
    void theBandsFollowTheCptTimeRule(int minutes, String code) {
        assertEquals(code, CptTimeBands.codeFor(minutes).orElseThrow());
    }

    @Test
    void noPsychotherapyCodeUnderSixteenMinutes() {
        assertTrue(CptTimeBands.codeFor(15).isEmpty());
    }

    @Test
    void aFiftyMinuteSessionBilledAs90834IsAccepted() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().findings(rule));
    }

    @Test
    void aFortyFiveMinuteSessionBilledAs90837IsAnErrorSuggesting90834() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().time("stopTime", "10:45")
                .choose("cptCode", "psychotherapy60");

        List<Finding> findings = fixture.findings(rule);

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("cptCode", finding.fieldId());
        assertTrue(finding.message().contains("45-minute session is billed as 90834, not 90837"), finding.message());
        assertEquals("psychotherapy45", finding.suggestions().get(0).replacement());
    }

    @Test
    void aTwelveMinuteCheckInCannotCarryAPsychotherapyCode() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().time("stopTime", "10:12")
                .choose("cptCode", "psychotherapy30");

        List<Finding> findings = fixture.findings(rule);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("under the 16 minutes"), findings.get(0).message());
        assertTrue(findings.get(0).suggestions().isEmpty());
    }

    @Test
    void codesOutsideTheTimeBandsAreNotChecked() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().time("stopTime", "10:20")
                .choose("cptCode", "intake");
        assertEquals(List.of(), fixture.findings(rule));
    }

    @Test
    void whenTheNoteIsSilentTheSessionInTheRecordIsRead() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().remove("startTime").remove("stopTime")
                .remove("cptCode");
        fixture.session("09:00", "09:40", "90837");

        List<Finding> findings = fixture.findings(rule);

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("40-minute session is billed as 90834"));
    }

    @Test
    void plainTextNotesAreNotPayerChecked() {
        assertEquals(List.of(), rule.evaluate(PlainNoteContext.narrative("50 minutes, billed 90837.")));
    }
}
