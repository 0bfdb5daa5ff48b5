package org.casenotes.ui.charts;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.casenotes.core.measures.MeasureThresholds;
import org.casenotes.core.measures.MeasureTrend;
import org.casenotes.core.measures.MeasureTrends;
import org.casenotes.core.record.GoalStatusHistory;
import org.casenotes.export.ProgressFigures;
import org.casenotes.model.record.Client;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;

/**
 * The client's charts as PNG images for the records-request PDF: each chart is built in a shell that is never
 * shown, painted into an off-screen image through SWTChart's {@code printChart}, and encoded as PNG. Runs on the
 * display's thread (callers from a job are moved there), since SWT widgets live on it.
 */
public final class ChartImages implements ProgressFigures {

    /** Width and height of a chart in the PDF, in pixels (drawn at 2x the PDF's points for print). */
    static final int WIDTH = 1000;
    static final int HEIGHT = 460;

    private final Display display;
    private final MeasureTrends trends = new MeasureTrends(MeasureThresholds.bundled());

    /** @param display the workbench's display */
    public ChartImages(Display display) {
        this.display = display;
    }

    @Override
    public List<Figure> of(Client client) {
        List<Figure> figures = new ArrayList<>();
        display.syncExec(() -> {
            for (MeasureTrend trend : trends.of(client)) {
                figures.add(new Figure(png(parent -> new MeasureChart(parent, trend).chart()),
                        trend.thresholds().name() + " totals over time",
                        ProgressFigures.describe(trend)));
            }
            GoalStatusHistory goals = GoalStatusHistory.of(client);
            if (!goals.lines().isEmpty()) {
                figures.add(new Figure(png(parent -> new GoalStatusChart(parent, goals).chart()),
                        "Treatment-plan goals across plan versions", ProgressFigures.describe(goals)));
            }
        });
        return figures;
    }

    /** @return the chart {@code build} makes, as PNG bytes */
    byte[] png(Function<Composite, Chart> build) {
        Shell shell = new Shell(display, SWT.NO_TRIM);
        Image image = null;
        try {
            shell.setSize(WIDTH, HEIGHT);
            Chart chart = build.apply(shell);
            chart.setBounds(0, 0, WIDTH, HEIGHT);
            chart.updateLayout();
            image = new Image(display, WIDTH, HEIGHT);
            GC gc = new GC(image);
            try {
                chart.printChart(gc, new Rectangle(0, 0, WIDTH, HEIGHT));
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            loader.save(out, SWT.IMAGE_PNG);
            return out.toByteArray();
        } finally {
            if (image != null) {
                image.dispose();
            }
            shell.dispose();
        }
    }
}
