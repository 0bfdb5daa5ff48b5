package org.casenotes.ui.tests.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;

import org.casenotes.core.measures.MeasureThresholds;
import org.casenotes.core.measures.MeasureTrend;
import org.casenotes.core.measures.MeasureTrends;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.ui.charts.MeasureChart;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Harness (issue 16: a chart of 200 measure results drawn in under 100 ms), not a timed test: it builds the PHQ-9
 * chart of 200 weekly results in an 800 x 360 shell and measures, over 40 rounds after 5 warm-up rounds, (1) building
 * the chart (series, bands, marks) and laying it out, (2) drawing every part of it (plot, axes, title, legend) into
 * an image of its size through SWTChart's {@code printChart}, the drawing the screen and the PDF both get, and (3)
 * both; wall time and this thread's CPU time (the machine is shared: wall time includes waiting for a core). Prints
 * p50/p95 to {@code target/chart-draw.txt}. Run with {@code -Dcasenotes.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class MeasureChartDrawHarness {

    private static final int RESULTS = 200;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 40;

    @Test
    void drawTheChartOf200Results() throws IOException {
        Display display = Display.getCurrent();
        MeasureTrend trend = new MeasureTrends(MeasureThresholds.bundled()).of(client()).get(0);
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(800, 360);
        shell.open();
        long[] build = new long[ROUNDS];
        long[] draw = new long[ROUNDS];
        long[] buildCpu = new long[ROUNDS];
        long[] drawCpu = new long[ROUNDS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try {
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                long start = System.nanoTime();
                long startCpu = threads.getCurrentThreadCpuTime();
                MeasureChart chart = new MeasureChart(shell, trend);
                shell.layout(true, true);
                long built = System.nanoTime();
                long builtCpu = threads.getCurrentThreadCpuTime();
                Image image = new Image(display, 800, 360);
                GC gc = new GC(image);
                chart.chart().printChart(gc, new Rectangle(0, 0, 800, 360));
                gc.dispose();
                long drawn = System.nanoTime();
                long drawnCpu = threads.getCurrentThreadCpuTime();
                if (round == ROUNDS - 1) {
                    org.eclipse.swt.graphics.ImageLoader png = new org.eclipse.swt.graphics.ImageLoader();
                    png.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
                    png.save(Files.createDirectories(Screenshots.folder()).resolve("chart-200-results.png").toString(),
                            SWT.IMAGE_PNG);
                }
                image.dispose();
                assertEquals(RESULTS, chart.totalCount());
                chart.chart().dispose();
                if (round >= 0) {
                    build[round] = built - start;
                    draw[round] = drawn - built;
                    buildCpu[round] = builtCpu - startCpu;
                    drawCpu[round] = drawnCpu - builtCpu;
                }
                while (display.readAndDispatch()) {
                    // let disposal settle between rounds
                }
            }
        } finally {
            shell.dispose();
        }
        String report = String.format("""
                PHQ-9 chart of %d results, 800 x 360, %d rounds after %d warm-up (load average %s)
                              wall p50   wall p95    CPU p50    CPU p95
                build + layout:  %7.1f ms %7.1f ms %7.1f ms %7.1f ms
                draw:            %7.1f ms %7.1f ms %7.1f ms %7.1f ms
                build + draw:    %7.1f ms %7.1f ms %7.1f ms %7.1f ms
                """, RESULTS, ROUNDS, WARM_UP, load(), ms(build, 50), ms(build, 95), ms(buildCpu, 50),
                ms(buildCpu, 95), ms(draw, 50), ms(draw, 95), ms(drawCpu, 50), ms(drawCpu, 95),
                ms(sum(build, draw), 50), ms(sum(build, draw), 95), ms(sum(buildCpu, drawCpu), 50),
                ms(sum(buildCpu, drawCpu), 95));
        System.out.println(report);
        Files.writeString(Screenshots.targetFolder().resolve("chart-draw.txt"), report);
    }

    private static Client client() {
        Client client = RecordFactory.eINSTANCE.createClient();
        Random random = new Random(16);
        for (int i = 0; i < RESULTS; i++) {
            MeasureResult result = RecordFactory.eINSTANCE.createMeasureResult();
            result.setId("m" + i);
            result.setInstrumentId("std.instruments.PHQ9");
            result.setAdministeredOn(LocalDate.of(2023, 1, 2).plusWeeks(i));
            result.setTotal(Math.max(0, Math.min(27, 22 - i / 10 + random.nextInt(7) - 3)));
            if (random.nextInt(15) == 0) {
                result.getCriticalItemIds().add("q9");
            }
            client.getMeasureResults().add(result);
        }
        return client;
    }

    private static long[] sum(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
