package org.casenotes.ui.tests.charts;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.charts.MeasureChart;
import org.casenotes.ui.charts.ProgressCharts;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client overview's progress charts with real SWTChart widgets on the demo caseload: one chart per instrument
 * the record holds, one point per scored result, the bands of the instrument shaded and named, the critical item
 * marked where it was answered, and the plan's goals across its versions.
 */
class ProgressChartsUiTest {

    private CaseloadView caseload;

    @BeforeEach
    void waitForTheCaseload() {
        caseload = (CaseloadView) page().findView(CaseloadUi.CASELOAD_VIEW);
        spinUntil(caseload::isLoaded, 120_000, "the caseload to load");
        caseload.search("");
        caseload.filterByStatus("All statuses");
    }

    @Test
    void theOverviewChartsEachInstrumentWithOnePointPerResultItsBandsAndTheGoals() throws Exception {
        Client samira = CaseloadSession.current().store().loadClient("C-1003").orElseThrow();
        Map<String, List<MeasureResult>> scored = samira.getMeasureResults().stream()
                .filter(result -> result.getTotal() != null)
                .collect(Collectors.groupingBy(MeasureResult::getInstrumentId));
        assertTrue(scored.size() >= 2, "the demo client has PHQ-9 and GAD-7 results: " + scored.keySet());

        ClientOverviewView overview = select("C-1003");
        ProgressCharts charts = overview.progressCharts();
        spinUntil(() -> charts.measureCharts().size() == scored.size(), 10_000, "one chart per instrument");

        MeasureChart phq9 = charts.measureCharts().get(0);
        assertEquals(scored.get("std.instruments.PHQ9").size(), phq9.totalCount(), "one point per PHQ-9 result");
        assertEquals(scored.get("std.instruments.GAD7").size(), charts.measureCharts().get(1).totalCount());
        long critical = scored.get("std.instruments.PHQ9").stream()
                .filter(result -> !result.getCriticalItemIds().isEmpty()).count();
        assertEquals(critical, phq9.markCount(MeasureChart.CRITICAL), "critical item 9 marked where answered");
        List<String> legend = phq9.legend();
        assertTrue(legend.containsAll(List.of("Minimal or none 0\u20134", "Mild 5\u20139", "Moderate 10\u201314",
                "Moderately severe 15\u201319", "Severe 20\u201327", "remission: below 5")), legend.toString());
        assertTrue(phq9.chart().getTitle().getText().startsWith("PHQ-9: "), phq9.chart().getTitle().getText());
        assertFalse(phq9.sessionLabels().get(0).isBlank(), "the first session's date is on the axis");
        assertTrue(phq9.chart().isVisible() && phq9.chart().getSize().y > 100, "the chart is shown: "
                + phq9.chart().getSize());

        assertNotNull(charts.goalChart(), "the plan's goals are charted");
        assertTrue(charts.goalChart().legend().stream()
                .anyMatch(line -> line.startsWith("goal: Samira will drive her usual")), charts.goalChart().legend()
                        .toString());
        IWorkbenchPage page = page();
        page.setPartState(page.getReference(overview), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            spin();
            assertTrue(phq9.bandsToolTip().contains("Moderate 10\u201314"), "where the legend does not fit, the"
                    + " chart's tooltip names the bands: " + phq9.bandsToolTip());
            Screenshots.ofWorkbenchWindow(1280, 1000, "overview-progress-charts.png");
        } finally {
            page.setPartState(page.getReference(overview), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private ClientOverviewView select(String id) {
        caseload.selectClient(id);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        spinUntil(() -> id.equals(overview.shownClientId()), 30_000, "client " + id + " to show");
        spin();
        return overview;
    }
}
