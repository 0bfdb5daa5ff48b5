package org.casenotes.core.measures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.model.record.MeasureResult;

/**
 * One instrument's totals over time for one client, oldest first, each read against the instrument's thresholds:
 * its band, whether a critical item was answered (PHQ-9 item 9 above 0), its change since the first total (the
 * baseline) and whether that change is meaningful, and remission. Results without a total (an item unanswered) are
 * not points; their critical items are kept in {@link #unscoredCritical()}, so a skipped item never hides a risk.
 *
 * @param thresholds       the instrument's thresholds
 * @param points           the scored results, oldest first
 * @param unscoredCritical the days of unscored results that still answered a critical item
 */
public record MeasureTrend(InstrumentThresholds thresholds, List<Point> points, List<LocalDate> unscoredCritical) {

    public MeasureTrend {
        Objects.requireNonNull(thresholds, "thresholds");
        points = List.copyOf(points);
        unscoredCritical = List.copyOf(unscoredCritical);
    }

    /**
     * One total on the chart.
     *
     * @param day            the day it was given
     * @param total          the total
     * @param band           its severity band, if the instrument has one that holds it
     * @param critical       whether a critical item was answered at or above its critical score
     * @param sinceBaseline  its change since the first total (empty for the first)
     * @param sincePrevious  its change since the total before it (empty for the first)
     * @param noteId         the signed note it came from, or null when entered on its own
     */
    public record Point(LocalDate day, int total, Optional<String> band, boolean critical,
            Optional<ScoreChange> sinceBaseline, Optional<ScoreChange> sincePrevious, String noteId) {
    }

    /**
     * @param thresholds the instrument's thresholds
     * @param results    the client's results of that instrument, in any order
     * @return the trend
     */
    public static MeasureTrend of(InstrumentThresholds thresholds, List<MeasureResult> results) {
        List<MeasureResult> dated = results.stream().filter(result -> result.getAdministeredOn() != null)
                .sorted(Comparator.comparing(MeasureResult::getAdministeredOn)).toList();
        List<Point> points = new ArrayList<>();
        List<LocalDate> unscoredCritical = new ArrayList<>();
        for (MeasureResult result : dated) {
            boolean critical = !result.getCriticalItemIds().isEmpty();
            if (result.getTotal() == null) {
                if (critical) {
                    unscoredCritical.add(result.getAdministeredOn());
                }
                continue;
            }
            int total = result.getTotal();
            Optional<ScoreChange> baseline = points.isEmpty() ? Optional.empty()
                    : Optional.of(ScoreChange.of(thresholds, points.get(0).day(), points.get(0).total(), total));
            Optional<ScoreChange> previous = points.isEmpty() ? Optional.empty()
                    : Optional.of(ScoreChange.of(thresholds, points.getLast().day(), points.getLast().total(), total));
            Optional<String> band = thresholds.bandOf(total).map(SeverityBand::label)
                    .or(() -> Optional.ofNullable(result.getBand()));
            points.add(new Point(result.getAdministeredOn(), total, band, critical, baseline, previous,
                    result.getNoteId()));
        }
        return new MeasureTrend(thresholds, points, unscoredCritical);
    }

    /** @return the latest total's change since the baseline, when there are two totals or more */
    public Optional<ScoreChange> changeSinceBaseline() {
        return points.isEmpty() ? Optional.empty() : points.getLast().sinceBaseline();
    }

    /** @return whether the latest total is remission */
    public boolean inRemission() {
        return !points.isEmpty() && thresholds.remission(points.getLast().total());
    }

    /** @return the points whose change since the baseline is clinically meaningful */
    public List<Point> meaningfulChanges() {
        return points.stream().filter(point -> point.sinceBaseline().map(ScoreChange::meaningful).orElse(false))
                .toList();
    }

    /**
     * @return the points at which the change since the baseline became clinically meaningful (the first such point,
     *         and any later one after the change had fallen back below the threshold): where a chart marks it,
     *         rather than on every later total
     */
    public List<Point> meaningfulOnsets() {
        List<Point> onsets = new java.util.ArrayList<>();
        boolean before = false;
        for (Point point : points) {
            boolean meaningful = point.sinceBaseline().map(ScoreChange::meaningful).orElse(false);
            if (meaningful && !before) {
                onsets.add(point);
            }
            before = meaningful;
        }
        return onsets;
    }

    /** @return the points in remission */
    public List<Point> remissions() {
        return points.stream().filter(point -> thresholds.remission(point.total())).toList();
    }

    /** @return the points at which a critical item was answered */
    public List<Point> criticals() {
        return points.stream().filter(Point::critical).toList();
    }
}
