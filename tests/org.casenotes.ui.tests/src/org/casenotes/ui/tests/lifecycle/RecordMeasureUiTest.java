package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Client &gt; Record Measure… with real widgets: a PHQ-9 answered item by item and a GAD-7 given as a total only,
 * each refused while it is incomplete, out of range or dated after today (the dialog says why and "Record" stays
 * disabled), then stored in the client's record and listed in the client overview.
 */
class RecordMeasureUiTest {

    private static final String COMMAND = "org.casenotes.ui.record.recordMeasure";
    private static final long UI_TIMEOUT_MS = 30_000;

    private CaseloadStore store;
    private ClientOverviewView overview;
    private ClientSummary client;

    @BeforeEach
    void openTheCaseload() {
        store = StartedCaseload.store();
    }

    private void show(ClientSummary shown) throws Exception {
        client = shown;
        overview = (ClientOverviewView) ActiveWorkbench.page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        overview.show(client.id());
        EventLoop.spinUntil(() -> client.id().equals(overview.shownClientId()), UI_TIMEOUT_MS,
                "the overview to show " + client.id());
    }

    @Test
    void aPhq9AnsweredItemByItemIsCheckedScoredStoredAndListed() throws Exception {
        show(store.listClients().stream()
                .filter(summary -> store.loadClient(summary.id()).orElseThrow().getMeasureResults().isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("every demo client has measures")));
        assertEquals(List.of(), overview.measureRows());
        List<String> refusals = new java.util.ArrayList<>();
        String[] scoreShown = new String[1];
        Dialogs.Awaited dialog = Dialogs.answer("Record Measure", shell -> {
            Workbench.choose(Workbench.labelled(shell, "Instrument", Combo.class), "PHQ-9");
            List<Combo> items = WidgetFinder.all(shell, Combo.class).subList(1, 10);
            refusals.add(problems(shell));
            assertFalse(record(shell).isEnabled(), "nothing answered yet");
            for (int i = 0; i < 8; i++) {
                Workbench.choose(items.get(i), "Several days");
            }
            refusals.add(problems(shell));
            assertFalse(record(shell).isEnabled(), "item 9 unanswered");
            Workbench.choose(items.get(8), "More than half the days");
            setDay(shell, LocalDate.now().plusDays(1));
            refusals.add(problems(shell));
            assertFalse(record(shell).isEnabled(), "dated tomorrow");
            setDay(shell, LocalDate.now());
            assertEquals("", problems(shell));
            scoreShown[0] = WidgetFinder.all(shell, Label.class).stream().map(Label::getText)
                    .filter(text -> text.startsWith("Total ")).findFirst().orElse("");
            screenshot(shell, "record-measure-phq9.png");
            Dialogs.press(shell, "Record");
        });
        ActiveWorkbench.runCommand(COMMAND);
        assertTrue(dialog.shown());

        assertTrue(refusals.get(0).startsWith("Answer every item of the PHQ-9 depression questionnaire"),
                refusals.toString());
        assertTrue(refusals.get(1).endsWith("unanswered: q9."), refusals.toString());
        assertTrue(refusals.get(2).contains("cannot have been given after today"), refusals.toString());
        assertEquals("Total 10 · Moderate · critical: item q9", scoreShown[0]);
        MeasureResult stored = onlyResult(store.loadClient(client.id()).orElseThrow());
        assertEquals(List.of(10, 9, 1), List.of(stored.getTotal(), stored.getAnswers().size(),
                stored.getCriticalItemIds().size()));
        assertEquals(LocalDate.now(), stored.getAdministeredOn());
        EventLoop.spinUntil(() -> !overview.measureRows().isEmpty(), UI_TIMEOUT_MS, "the overview to list it");
        assertEquals(List.of("PHQ-9 | 10 | Moderate | item q9 | Entered"),
                overview.measureRows().stream().map(row -> row.substring(row.indexOf('|') + 2)).toList());
        Screenshots.ofWorkbenchWindow(1280, 900, "record-measure-overview.png");
    }

    @Test
    void aGad7TotalOutOfRangeIsRefusedAndAValidOneIsStored() throws Exception {
        List<ClientSummary> clients = store.listClients();
        show(clients.get(clients.size() - 1));
        int before = store.loadClient(client.id()).orElseThrow().getMeasureResults().size();
        List<String> refusals = new java.util.ArrayList<>();
        Dialogs.Awaited dialog = Dialogs.answer("Record Measure", shell -> {
            Workbench.choose(Workbench.labelled(shell, "Instrument", Combo.class), "GAD-7");
            Clicks.click(WidgetFinder.all(shell, Button.class).stream()
                    .filter(button -> button.getText().startsWith("Total only")).findFirst().orElseThrow());
            Text total = WidgetFinder.all(shell, Text.class).stream().filter(Text::isEnabled)
                    .filter(text -> (text.getStyle() & SWT.READ_ONLY) == 0).reduce((a, b) -> b).orElseThrow();
            total.setText("twelve");
            refusals.add(problems(shell));
            total.setText("25");
            refusals.add(problems(shell));
            assertFalse(record(shell).isEnabled(), "25 is out of range");
            total.setText("12");
            assertEquals("", problems(shell));
            Dialogs.press(shell, "Record");
        });
        ActiveWorkbench.runCommand(COMMAND);
        assertTrue(dialog.shown());

        assertEquals(List.of("Enter the total as a whole number.",
                "A GAD-7 anxiety questionnaire total is between 0 and 21; 25 is not."), refusals);
        List<MeasureResult> results = store.loadClient(client.id()).orElseThrow().getMeasureResults();
        assertEquals(before + 1, results.size(), "one result recorded");
        MeasureResult stored = results.get(results.size() - 1);
        assertEquals(List.of("std.instruments.GAD7", 12, "Moderate", LocalDate.now()), List.of(stored.getInstrumentId(),
                stored.getTotal(), stored.getBand(), stored.getAdministeredOn()));
        assertTrue(stored.getAnswers().isEmpty());
        String listed = java.time.format.DateTimeFormatter.ofPattern("d MMM yy", java.util.Locale.ENGLISH)
                .format(LocalDate.now()) + " | GAD-7 | 12 | Moderate |  | Entered";
        EventLoop.spinUntil(() -> overview.measureRows().contains(listed), UI_TIMEOUT_MS,
                "the overview to list " + listed + ": " + overview.measureRows());
    }

    private static MeasureResult onlyResult(Client stored) {
        assertEquals(1, stored.getMeasureResults().size(), "one result recorded");
        return stored.getMeasureResults().get(0);
    }

    private static String problems(Shell shell) {
        EventLoop.spin();
        return WidgetFinder.all(shell, Label.class).stream()
                .filter(label -> label.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)))
                .map(Label::getText).findFirst().orElseThrow();
    }

    private static Button record(Shell shell) {
        return WidgetFinder.button(shell, "Record").orElseThrow();
    }

    private static void setDay(Shell shell, LocalDate day) {
        DateTime date = WidgetFinder.all(shell, DateTime.class).get(0);
        date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        date.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }

    private static void screenshot(Shell shell, String name) {
        try {
            Screenshots.save(shell, name);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
