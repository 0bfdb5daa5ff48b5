package org.casenotes.core.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.RecordFactory;
import org.junit.jupiter.api.Test;

class MeasureTrendTest {

    private static final String PHQ9 = "std.instruments.PHQ9";
    private static final String GAD7 = "std.instruments.GAD7";
    private static final LocalDate BASELINE = LocalDate.of(2026, 9, 1);

    private final MeasureTrends trends = new MeasureTrends(MeasureThresholds.bundled());
    private final Client client = RecordFactory.eINSTANCE.createClient();

    private MeasureResult result(String instrument, int week, Integer total, String... critical) {
        MeasureResult result = RecordFactory.eINSTANCE.createMeasureResult();
        result.setId(instrument + week);
        result.setInstrumentId(instrument);
        result.setAdministeredOn(BASELINE.plusWeeks(week));
        result.setTotal(total);
        result.getCriticalItemIds().addAll(List.of(critical));
        client.getMeasureResults().add(result);
        return result;
    }

    @Test
    void eachInstrumentTheRecordHoldsIsOneTrendOldestFirstWithItsBands() {
        result(GAD7, 0, 12);
        result(PHQ9, 2, 15);
        result(PHQ9, 0, 18, "q9");
        result("agency.instruments.ORS", 1, 22);

        List<MeasureTrend> all = trends.of(client);

        assertEquals(List.of("PHQ-9", "GAD-7", "ORS"), all.stream().map(trend -> trend.thresholds().name()).toList());
        MeasureTrend phq9 = all.get(0);
        assertEquals(List.of(18, 15), phq9.points().stream().map(MeasureTrend.Point::total).toList());
        assertEquals(List.of(Optional.of("Moderately severe"), Optional.of("Moderately severe")),
                phq9.points().stream().map(MeasureTrend.Point::band).toList());
        assertEquals(List.of(BASELINE), phq9.criticals().stream().map(MeasureTrend.Point::day).toList());
        assertEquals(22, all.get(2).thresholds().maximum());
    }

    @Test
    void aFivePointFallOnThePhq9IsMeaningfulAndBelowFiveIsRemission() {
        result(PHQ9, 0, 16);
        result(PHQ9, 2, 12);
        result(PHQ9, 4, 11);
        result(PHQ9, 8, 4);

        MeasureTrend phq9 = trends.of(client).get(0);

        assertEquals(List.of(BASELINE.plusWeeks(4), BASELINE.plusWeeks(8)),
                phq9.meaningfulChanges().stream().map(MeasureTrend.Point::day).toList());
        assertEquals(List.of(BASELINE.plusWeeks(4)),
                phq9.meaningfulOnsets().stream().map(MeasureTrend.Point::day).toList(), "marked where it is reached");
        ScoreChange change = phq9.changeSinceBaseline().orElseThrow();
        assertEquals(-12, change.points());
        assertTrue(change.meaningfulImprovement());
        assertTrue(phq9.inRemission());
        assertEquals(List.of(BASELINE.plusWeeks(8)), phq9.remissions().stream().map(MeasureTrend.Point::day).toList());
        assertEquals("\u221212 since 1 Sep 2026: meaningful improvement; remission", change.describe("1 Sep 2026"));
    }

    @Test
    void aFourPointRiseOnTheGad7IsAMeaningfulWorseningAndThreeIsNot() {
        result(GAD7, 0, 6);
        result(GAD7, 1, 9);
        result(GAD7, 2, 10);

        MeasureTrend gad7 = trends.of(client).get(0);

        ScoreChange second = gad7.points().get(1).sinceBaseline().orElseThrow();
        ScoreChange third = gad7.points().get(2).sinceBaseline().orElseThrow();
        assertFalse(second.meaningful());
        assertTrue(third.meaningfulWorsening());
        assertEquals("+4 since 1 Sep 2026: meaningful worsening", third.describe("1 Sep 2026"));
        assertFalse(gad7.inRemission());
        result(GAD7, 3, 8);
        result(GAD7, 4, 11);
        assertEquals(List.of(BASELINE.plusWeeks(2), BASELINE.plusWeeks(4)), trends.of(client).get(0).meaningfulOnsets()
                .stream().map(MeasureTrend.Point::day).toList(), "reached, lost at 8, reached again at 11");
    }

    @Test
    void anUnscoredResultIsNoPointButItsCriticalItemIsKept() {
        result(PHQ9, 0, 14);
        result(PHQ9, 1, null, "q9");

        MeasureTrend phq9 = trends.of(client).get(0);

        assertEquals(1, phq9.points().size());
        assertEquals(List.of(BASELINE.plusWeeks(1)), phq9.unscoredCritical());
    }

    @Test
    void theChangeFromTheLastScoreIgnoresTheNoteBeingWritten() {
        result(PHQ9, 0, 16);
        result(PHQ9, 3, 11).setNoteId("note-3");

        assertEquals(Optional.empty(), trends.changeFromLast(client, GAD7, 7, null));
        ScoreChange fromLast = trends.changeFromLast(client, PHQ9, 6, "note-9").orElseThrow();
        assertEquals(BASELINE.plusWeeks(3), fromLast.since());
        assertEquals(-5, fromLast.points());
        assertTrue(fromLast.meaningfulImprovement());
        ScoreChange ignoringItsOwn = trends.changeFromLast(client, PHQ9, 11, "note-3").orElseThrow();
        assertEquals(BASELINE, ignoringItsOwn.since());
        assertEquals("\u22125 since 1 Sep 2026: meaningful improvement", ignoringItsOwn.describe("1 Sep 2026"));
    }
}
