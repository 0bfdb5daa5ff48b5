package org.casenotes.core.rules.payer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.payer.internal.RiskAssessmentRule;
import org.casenotes.core.rules.payer.internal.SafetyPlanRule;
import org.casenotes.model.record.ItemAnswer;
import org.casenotes.model.record.MeasureResult;
import org.junit.jupiter.api.Test;

/** Risk assessment at every session, and a safety plan whenever risk is present. */
class RiskRulesTest {

    private final RiskAssessmentRule assessment = new RiskAssessmentRule();
    private final SafetyPlanRule safetyPlan = new SafetyPlanRule();

    @Test
    void ratingsOfNoRiskAreAnAssessment() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        assertEquals(List.of(), fixture.findings(assessment));
        assertEquals(List.of(), fixture.findings(safetyPlan));
    }

    @Test
    void aNoteWithoutRiskRatingsIsAnErrorPerRating() {
        List<Finding> findings = new ProgressNoteFixture().complete().remove("suicideRisk").remove("harmToOthers")
                .findings(assessment);
        assertEquals(List.of("suicideRisk", "harmToOthers"), findings.stream().map(Finding::fieldId).toList());
    }

    @Test
    void lowSuicideRiskWithoutASafetyPlanIsAnError() {
        List<Finding> findings = new ProgressNoteFixture().complete().choose("suicideRisk", "low")
                .text("riskDetails", "Client said she had passing thoughts of not waking up, no plan or intent.")
                .findings(safetyPlan);

        assertEquals(1, findings.size());
        assertEquals("safetyPlan", findings.get(0).fieldId());
        assertTrue(findings.get(0).message().contains("suicide risk rated low"));
    }

    @Test
    void phq9ItemNineAboveZeroRequiresASafetyPlanEvenWhenRatedNone() {
        List<Finding> findings = new ProgressNoteFixture().complete().choose("phq9.q9", "severalDays")
                .findings(safetyPlan);

        assertEquals(List.of("safetyPlan", "riskDetails"), findings.stream().map(Finding::fieldId).toList());
        assertTrue(findings.get(0).message().contains("PHQ-9 item q9 answered 1"), findings.get(0).message());
    }

    @Test
    void phq9ItemNineAnsweredNotAtAllIsNoRisk() {
        assertEquals(List.of(), new ProgressNoteFixture().complete().choose("phq9.q9", "notAtAll").findings(safetyPlan));
    }

    @Test
    void aMeasureResultOfThisNoteWithItemNineAboveZeroCounts() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete();
        MeasureResult result = ProgressNoteFixture.R.createMeasureResult();
        result.setInstrumentId("PHQ-9");
        result.setNoteId(fixture.note.getId());
        ItemAnswer answer = ProgressNoteFixture.R.createItemAnswer();
        answer.setItemId("q9");
        answer.setScore(2);
        result.getAnswers().add(answer);
        fixture.client.getMeasureResults().add(result);

        assertEquals(2, fixture.findings(safetyPlan).size());
        result.setNoteId("an-older-note");
        assertEquals(List.of(), fixture.findings(safetyPlan));
    }

    @Test
    void riskWithASafetyPlanAndDetailsIsAccepted() {
        ProgressNoteFixture fixture = new ProgressNoteFixture().complete().choose("suicideRisk", "moderate")
                .text("riskDetails", "Client reported thoughts of overdosing last Friday; no attempt; denies intent today.")
                .text("safetyPlan", "Warning signs: isolating, not sleeping. Calls her sister Rae, then 988. "
                        + "Her partner keeps the medication locked away.");
        assertEquals(List.of(), fixture.findings(safetyPlan));
    }
}
