package org.casenotes.ui.charts;

import java.util.List;

import org.casenotes.core.measures.InstrumentThresholds;
import org.casenotes.core.measures.MeasureTrend;
import org.casenotes.core.measures.SeverityBand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * One instrument's totals over time as an SWTChart line chart: the session dates along the bottom (a category axis),
 * the severity bands shaded behind the line as stacked areas (green for minimal to red for severe), the remission
 * threshold as a dashed line, a red triangle where a critical item was answered (PHQ-9 item 9 above 0) and a diamond
 * where the change since the first total becomes clinically meaningful. The legend names each band and mark when the
 * chart is wide enough for it (the PDF's charts; in the overview the title says the change).
 *
 * <p>Marks are series over every session like the totals; a session without the mark is given a value below the
 * axis, which SWTChart clips, so only the marked sessions show.
 */
public final class MeasureChart {

    /** The id of the totals' series. */
    public static final String TOTALS = "totals";
    /** The id of the critical-item marks. */
    public static final String CRITICAL = "critical item answered";
    /** The id of the meaningful-change marks. */
    public static final String MEANINGFUL = "meaningful change since first";
    /** The id of the remission threshold line. */
    public static final String REMISSION = "remission";

    private static final double UNMARKED = -1_000;

    private final Chart chart;

    /**
     * @param parent where the chart goes
     * @param trend  the instrument's totals, read against its thresholds
     */
    public MeasureChart(Composite parent, MeasureTrend trend) {
        chart = new Chart(parent, SWT.NONE);
        chart.setBackground(ChartColors.BACKGROUND);
        chart.getPlotArea().setBackground(ChartColors.BACKGROUND);
        chart.suspendUpdate(true);
        try {
            draw(trend);
        } finally {
            chart.suspendUpdate(false);
        }
    }

    private void draw(MeasureTrend trend) {
        InstrumentThresholds thresholds = trend.thresholds();
        List<MeasureTrend.Point> points = trend.points();
        int sessions = points.size();
        chart.getTitle().setText(title(trend));
        chart.getTitle().setForeground(ChartColors.TEXT);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Session");
        x.enableCategory(true);
        SessionAxis.follow(chart, points.stream().map(MeasureTrend.Point::day).toList());
        x.getTick().setForeground(ChartColors.TEXT);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText("Total");
        y.getTick().setForeground(ChartColors.TEXT);
        y.getTitle().setForeground(ChartColors.TEXT);
        x.getTitle().setForeground(ChartColors.TEXT);

        List<SeverityBand> bands = thresholds.bands();
        for (int i = 0; i < bands.size(); i++) {
            SeverityBand band = bands.get(i);
            int top = i == bands.size() - 1 ? thresholds.maximum() : band.high() + 1;
            int bottom = i == 0 ? 0 : band.low();
            ILineSeries<?> area = line(band.label() + " " + band.low() + "\u2013" + band.high());
            area.setYSeries(constant(sessions, top - bottom));
            area.enableStack(true);
            area.enableArea(true);
            // SWTChart fills an area only under a drawn line: the band's upper edge is that line
            area.setLineStyle(LineStyle.SOLID);
            area.setSymbolType(PlotSymbolType.NONE);
            area.setLineColor(ChartColors.band(i, bands.size()));
        }
        if (thresholds.remissionBelow().isPresent()) {
            ILineSeries<?> remission = line(REMISSION);
            remission.setDescription("remission: below " + thresholds.remissionBelow().getAsInt());
            remission.setYSeries(constant(sessions, thresholds.remissionBelow().getAsInt()));
            remission.setLineStyle(LineStyle.DASH);
            remission.setLineColor(ChartColors.REMISSION);
            remission.setSymbolType(PlotSymbolType.NONE);
        }
        ILineSeries<?> totals = line(TOTALS);
        totals.setDescription(thresholds.name() + " total");
        totals.setYSeries(points.stream().mapToDouble(MeasureTrend.Point::total).toArray());
        totals.setLineColor(ChartColors.TOTAL);
        totals.setLineWidth(2);
        totals.setSymbolType(PlotSymbolType.CIRCLE);
        totals.setSymbolColor(ChartColors.TOTAL);
        totals.setSymbolSize(3);
        marks(CRITICAL, points, PlotSymbolType.TRIANGLE, ChartColors.CRITICAL, MeasureTrend.Point::critical);
        if (thresholds.meaningfulChange().isPresent()) {
            List<MeasureTrend.Point> onsets = trend.meaningfulOnsets();
            ILineSeries<?> meaningful = marks(MEANINGFUL, points, PlotSymbolType.DIAMOND, ChartColors.MEANINGFUL,
                    onsets::contains);
            meaningful.setDescription("change of " + thresholds.meaningfulChange().getAsInt()
                    + " or more since the first, reached");
        }
        y.setRange(new Range(0, Math.max(1, thresholds.maximum())));
        x.adjustRange();
        chart.getLegend().setPosition(SWT.RIGHT);
        Legends.showWhenWide(chart);
        String bandsText = bands.stream().map(band -> band.label() + " " + band.low() + "\u2013" + band.high())
                .collect(java.util.stream.Collectors.joining(", "));
        String tip = thresholds.name() + " bands: " + (bandsText.isEmpty() ? "none published" : bandsText)
                + thresholds.remissionBelow().stream().mapToObj(below -> "; remission below " + below)
                        .findFirst().orElse("")
                + thresholds.meaningfulChange().stream()
                        .mapToObj(change -> "; a change of " + change + " or more is clinically meaningful")
                        .findFirst().orElse("")
                + ". Red triangle: critical item answered.";
        chart.setToolTipText(tip);
        for (org.eclipse.swt.widgets.Control child : chart.getChildren()) {
            child.setToolTipText(tip);
        }
    }

    private static String title(MeasureTrend trend) {
        String name = trend.thresholds().name();
        return trend.changeSinceBaseline().map(change -> name + ": " + change.from() + " \u2192 " + change.to()
                + (change.meaningfulImprovement() ? ", meaningful improvement"
                        : change.meaningfulWorsening() ? ", meaningful worsening" : "")
                + (trend.inRemission() ? ", in remission" : ""))
                .orElse(trend.points().isEmpty() ? name + ": not scored yet" : name + ": one total so far");
    }

    private ILineSeries<?> marks(String id, List<MeasureTrend.Point> points, PlotSymbolType symbol,
            org.eclipse.swt.graphics.Color color, java.util.function.Predicate<MeasureTrend.Point> marked) {
        ILineSeries<?> marks = line(id);
        marks.setYSeries(points.stream().mapToDouble(point -> marked.test(point) ? point.total() : UNMARKED)
                .toArray());
        marks.setLineStyle(LineStyle.NONE);
        marks.setSymbolType(symbol);
        marks.setSymbolSize(7);
        marks.setSymbolColor(color);
        marks.setLineColor(color);
        return marks;
    }

    private ILineSeries<?> line(String id) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setDescription(id);
        return series;
    }

    private static double[] constant(int count, double value) {
        double[] values = new double[count];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** @return the SWTChart widget */
    public Chart chart() {
        return chart;
    }

    /** @return how many totals the chart plots (for tests) */
    public int totalCount() {
        return chart.getSeriesSet().getSeries(TOTALS).getYSeries().length;
    }

    /** @return how many sessions carry the named mark (for tests) */
    public int markCount(String id) {
        return (int) java.util.Arrays.stream(chart.getSeriesSet().getSeries(id).getYSeries())
                .filter(value -> value != UNMARKED).count();
    }

    /** @return the legend's entries: each band with its range, then the marks (for tests) */
    public List<String> legend() {
        return java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(series -> series.getDescription())
                .toList();
    }

    /** @return the chart's tooltip, which names the bands where the legend does not fit (for tests) */
    public String bandsToolTip() {
        return chart.getToolTipText();
    }

    /** @return the session labels along the bottom (for tests) */
    public List<String> sessionLabels() {
        return List.of(chart.getAxisSet().getXAxis(0).getCategorySeries());
    }
}
