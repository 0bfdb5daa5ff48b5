package org.casenotes.ui.charts;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.measures.MeasureThresholds;
import org.casenotes.core.measures.MeasureTrend;
import org.casenotes.core.measures.MeasureTrends;
import org.casenotes.core.record.GoalStatusHistory;
import org.casenotes.model.record.Client;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * A client's progress side by side: one {@link MeasureChart} per instrument the record holds and the
 * {@link GoalStatusChart} of the current plan, redrawn for each client shown.
 */
public final class ProgressCharts {

    private final Composite area;
    private final MeasureTrends trends = new MeasureTrends(MeasureThresholds.bundled());
    private final List<MeasureChart> measureCharts = new ArrayList<>();
    private GoalStatusChart goalChart;

    /** @param parent where the charts go */
    public ProgressCharts(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(area);
        new Label(area, SWT.NONE).setText("Select a client to see measures and goals over time.");
    }

    /** @return the composite holding the charts */
    public Composite control() {
        return area;
    }

    /** Draws the client's charts in place of the ones shown. */
    public void show(Client client) {
        for (Control child : area.getChildren()) {
            child.dispose();
        }
        measureCharts.clear();
        List<MeasureTrend> all = trends.of(client);
        GoalStatusHistory goals = GoalStatusHistory.of(client);
        int columns = Math.max(1, all.size() + (goals.lines().isEmpty() ? 0 : 1));
        GridLayoutFactory.fillDefaults().numColumns(columns).equalWidth(true).margins(4, 4).applyTo(area);
        for (MeasureTrend trend : all) {
            MeasureChart chart = new MeasureChart(area, trend);
            GridDataFactory.fillDefaults().grab(true, true).hint(260, 160).applyTo(chart.chart());
            measureCharts.add(chart);
        }
        goalChart = null;
        if (!goals.lines().isEmpty()) {
            goalChart = new GoalStatusChart(area, goals);
            GridDataFactory.fillDefaults().grab(true, true).hint(260, 160).applyTo(goalChart.chart());
        }
        if (all.isEmpty() && goalChart == null) {
            new Label(area, SWT.WRAP).setText("No measures and no treatment plan yet: Client > Record Measure… and "
                    + "Client > Edit Treatment Plan… add them.");
        }
        area.layout(true, true);
    }

    /** @return the measure charts shown, one per instrument (for tests) */
    public List<MeasureChart> measureCharts() {
        return List.copyOf(measureCharts);
    }

    /** @return the goal chart shown, or null when the client has no plan (for tests) */
    public GoalStatusChart goalChart() {
        return goalChart;
    }
}
