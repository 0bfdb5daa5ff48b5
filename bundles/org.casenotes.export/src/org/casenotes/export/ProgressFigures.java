package org.casenotes.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.casenotes.core.measures.InstrumentThresholds;
import org.casenotes.core.measures.MeasureThresholds;
import org.casenotes.core.measures.MeasureTrend;
import org.casenotes.core.measures.MeasureTrends;
import org.casenotes.core.record.GoalStatusHistory;
import org.casenotes.model.record.Client;

/**
 * The pictures of a client's progress that a records request includes ({@link DocumentKind#MEASURES}): one per
 * instrument the record holds and one of the plan's goals, each with the words that say what it shows. The
 * workbench draws them as charts ({@code org.casenotes.ui.charts.ChartImages}); the command line, which has no
 * display to draw on, uses {@link #WORDS_ONLY}: the same captions and descriptions without pictures.
 */
@FunctionalInterface
public interface ProgressFigures {

    /**
     * One picture.
     *
     * @param png         the picture as PNG, or empty
     * @param caption     what it is
     * @param description what it shows, in words
     */
    record Figure(byte[] png, String caption, String description) {
        public Figure {
            png = png == null ? new byte[0] : png.clone();
        }

        /** @return the figure as a block of a printable document */
        public Block block() {
            return new Block.Figure(png, caption, description);
        }
    }

    /** Captions and descriptions without pictures: what the command line includes. */
    ProgressFigures WORDS_ONLY = client -> {
        List<Figure> figures = new ArrayList<>();
        for (MeasureTrend trend : new MeasureTrends(MeasureThresholds.bundled()).of(client)) {
            figures.add(new Figure(null, trend.thresholds().name() + " totals over time", describe(trend)));
        }
        GoalStatusHistory goals = GoalStatusHistory.of(client);
        if (!goals.lines().isEmpty()) {
            figures.add(new Figure(null, "Treatment-plan goals across plan versions", describe(goals)));
        }
        return figures;
    };

    /** @return the client's figures, in the order the records request prints them */
    List<Figure> of(Client client);

    /**
     * @return a trend in words: "Totals: 18 (1 Sep 2026), 15 (15 Sep 2026). Change since the first: −3. Critical item
     *         answered on 1 Sep 2026. Bands, meaningful change (5) and remission (below 5): Kroenke …"
     */
    static String describe(MeasureTrend trend) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        InstrumentThresholds thresholds = trend.thresholds();
        StringBuilder text = new StringBuilder("Totals: ").append(trend.points().stream()
                .map(point -> point.total() + " (" + day.format(point.day()) + ")")
                .collect(Collectors.joining(", "))).append('.');
        trend.changeSinceBaseline()
                .ifPresent(change -> text.append(" Change since the first: ").append(change.describe(
                        day.format(change.since()))).append('.'));
        List<LocalDate> critical = new ArrayList<>(trend.criticals().stream().map(MeasureTrend.Point::day).toList());
        critical.addAll(trend.unscoredCritical());
        if (!critical.isEmpty()) {
            text.append(" Critical item answered on ").append(critical.stream().sorted().map(day::format)
                    .collect(Collectors.joining(", "))).append('.');
        }
        if (!thresholds.source().isEmpty()) {
            text.append(" Bands, meaningful change (").append(thresholds.meaningfulChange().getAsInt())
                    .append(" points) and remission (below ").append(thresholds.remissionBelow().getAsInt())
                    .append("): ").append(thresholds.source());
        }
        return text.toString();
    }

    /** @return the goals' statuses in words, one goal or objective per sentence */
    static String describe(GoalStatusHistory history) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        List<String> versions = history.versions().stream().map(date -> date == null ? "undated" : day.format(date))
                .toList();
        return history.lines().stream().map(line -> {
            List<String> steps = new ArrayList<>();
            for (int i = 0; i < line.statuses().size(); i++) {
                if (line.statuses().get(i) != null) {
                    steps.add(line.statuses().get(i).getLiteral().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
                            + versions.get(i) + ")");
                }
            }
            return (line.objective() ? "Objective \u201c" : "Goal \u201c") + line.statement() + "\u201d: "
                    + String.join(", ", steps) + ".";
        }).collect(Collectors.joining(" "));
    }
}
