package org.casenotes.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.List;

import org.casenotes.core.record.GoalStatusHistory;
import org.casenotes.model.record.GoalStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * The status of each goal (solid) and objective (dashed) of the treatment plan across its versions, as an SWTChart
 * line chart: the days the versions took effect along the bottom, the statuses up the side from discontinued to met.
 * A goal a version does not hold has no point there.
 */
public final class GoalStatusChart {

    /** The statuses up the side, lowest first. */
    static final List<GoalStatus> LADDER = List.of(GoalStatus.DISCONTINUED, GoalStatus.NOT_MET, GoalStatus.ACTIVE,
            GoalStatus.PARTIALLY_MET, GoalStatus.MET);

    private static final double ABSENT = -1_000;
    private static final RGB[] LINES = {new RGB(0x1f, 0x4e, 0x8c), new RGB(0x00, 0x89, 0x7b), new RGB(0x8e, 0x24, 0xaa),
        new RGB(0xef, 0x6c, 0x00), new RGB(0x5d, 0x40, 0x37), new RGB(0x30, 0x3f, 0x9f)};

    private final Chart chart;

    /**
     * @param parent  where the chart goes
     * @param history the plan's goals and objectives across its versions
     */
    public GoalStatusChart(Composite parent, GoalStatusHistory history) {
        chart = new Chart(parent, SWT.NONE);
        chart.setBackground(ChartColors.BACKGROUND);
        chart.getPlotArea().setBackground(ChartColors.BACKGROUND);
        chart.suspendUpdate(true);
        try {
            draw(history);
        } finally {
            chart.suspendUpdate(false);
        }
    }

    private void draw(GoalStatusHistory history) {
        chart.getTitle().setText(history.versions().isEmpty() ? "Goals: no plan yet"
                : "Goals, " + history.versions().size() + " plan version"
                        + (history.versions().size() == 1 ? "" : "s"));
        chart.getTitle().setForeground(ChartColors.TEXT);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Plan version from");
        x.getTitle().setForeground(ChartColors.TEXT);
        x.enableCategory(true);
        SessionAxis.follow(chart, history.versions());
        x.getTick().setForeground(ChartColors.TEXT);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setVisible(false);
        y.getTitle().setForeground(ChartColors.TEXT);
        y.getTick().setForeground(ChartColors.TEXT);
        y.getTick().setFormat(new StatusFormat());
        y.getTick().setTickMarkStepHint(20);
        int goal = 0;
        for (GoalStatusHistory.Line line : history.lines()) {
            ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, line.id());
            series.setDescription((line.objective() ? "  objective: " : "goal: ") + shorten(line.statement()));
            series.setYSeries(line.statuses().stream()
                    .mapToDouble(status -> status == null ? ABSENT : LADDER.indexOf(status)).toArray());
            Color color = new Color(LINES[(line.objective() ? Math.max(0, goal - 1) : goal) % LINES.length]);
            series.setLineColor(color);
            series.setSymbolColor(color);
            series.setSymbolType(line.objective() ? PlotSymbolType.SQUARE : PlotSymbolType.CIRCLE);
            series.setLineStyle(line.objective() ? LineStyle.DASH : LineStyle.SOLID);
            series.setLineWidth(line.objective() ? 1 : 2);
            if (!line.objective()) {
                goal++;
            }
        }
        y.setRange(new Range(-0.3, LADDER.size() - 0.7));
        x.adjustRange();
        chart.getLegend().setPosition(SWT.RIGHT);
        Legends.showWhenWide(chart);
    }

    private static String shorten(String statement) {
        return statement.length() <= 40 ? statement : statement.substring(0, 39) + "\u2026";
    }

    /** @return the SWTChart widget */
    public Chart chart() {
        return chart;
    }

    /** @return the legend's entries, goals and their objectives (for tests) */
    public List<String> legend() {
        return java.util.Arrays.stream(chart.getSeriesSet().getSeries()).map(series -> series.getDescription())
                .toList();
    }

    /** Names the whole numbers of the status axis; other ticks are left blank. */
    private static final class StatusFormat extends Format {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(Object value, StringBuffer into, FieldPosition position) {
            double number = ((Number) value).doubleValue();
            long index = Math.round(number);
            if (Math.abs(number - index) < 1e-6 && index >= 0 && index < LADDER.size()) {
                into.append(label(LADDER.get((int) index)));
            }
            return into;
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            return null;
        }
    }

    static String label(GoalStatus status) {
        return switch (status) {
        case ACTIVE -> "Active";
        case MET -> "Met";
        case PARTIALLY_MET -> "Partly met";
        case NOT_MET -> "Not met";
        case DISCONTINUED -> "Discontinued";
        };
    }
}
