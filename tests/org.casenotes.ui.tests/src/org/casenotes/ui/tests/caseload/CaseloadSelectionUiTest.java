package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caseload's virtual table never puts the wrong client in front: a client selected by id (as after a save or a
 * new client) selects that client's row, whose cell the widget shows with that client's name, and the Client view
 * shows that client; the selection follows the client, not the row index, when the search moves or hides its row;
 * a row chosen in the widget shows the client of that row; Down in the search box selects the first client shown.
 * Events are handed to the widgets rather than posted through the X server: posted input here left another shell
 * active for the tests after it (ClinicianMenusUiTest then found Ctrl+S unbound).
 */
class CaseloadSelectionUiTest {

    private CaseloadView caseload;
    private ClientOverviewView overview;

    @BeforeEach
    void showEveryClient() throws Exception {
        StartedCaseload.store();
        caseload = StartedCaseload.view();
        caseload.search("");
        caseload.filterByStatus("All statuses");
        overview = (ClientOverviewView) page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        spin();
    }

    @AfterEach
    void clearTheSearch() {
        caseload.search("");
        caseload.filterByStatus("All statuses");
    }

    @Test
    void eachClientSelectedByIdSelectsItsOwnRowAndChart() {
        for (String search : List.of("", "a", "e")) {
            caseload.search(search);
            spin();
            List<String> ids = caseload.shownClientIds();
            List<String> names = caseload.shownClientNames();
            assertTrue(ids.size() > 1, "the search '" + search + "' leaves several clients: " + names);
            for (int i = ids.size() - 1; i >= 0; i--) {
                String id = ids.get(i);
                caseload.selectClient(id);
                spinUntil(() -> id.equals(overview.shownClientId()), 30_000, "the Client view to show " + id);
                assertEquals(Optional.of(id), caseload.selectedClientId(), "search '" + search + "'");
                String name = names.get(i);
                assertTrue(caseload.selectedRowClientCell().orElseThrow().startsWith(name),
                        "the row selected for " + id + " shows " + caseload.selectedRowClientCell() + ", not " + name);
            }
        }
    }

    @Test
    void theSelectionFollowsTheClientWhenTheSearchMovesOrHidesItsRow() {
        List<String> ids = caseload.shownClientIds();
        String last = ids.get(ids.size() - 1);
        String name = caseload.shownClientNames().get(ids.size() - 1);
        caseload.selectClient(last);
        spinUntil(() -> last.equals(overview.shownClientId()), 30_000, "the Client view to show " + last);
        String firstWord = name.split(" ")[1].substring(0, 3);
        caseload.search(firstWord);
        spin();
        assertTrue(caseload.shownClientIds().size() < ids.size(), "the search narrows the list");
        assertEquals(Optional.of(last), caseload.selectedClientId(), "still " + name + " after searching " + firstWord);
        assertTrue(caseload.selectedRowClientCell().orElseThrow().startsWith(name), caseload.selectedRowClientCell()
                .toString());

        caseload.search("no client is called this");
        spin();
        assertEquals(List.of(), caseload.shownClientIds());
        assertEquals(Optional.empty(), caseload.selectedClientId(), "a hidden client is not selected");
        assertEquals(Optional.empty(), caseload.selectedRowClientCell());
        assertEquals(last, overview.shownClientId(), "the Client view keeps the client it showed");
    }

    @Test
    void aRowChosenInTheTableShowsThatRowsClient() {
        Table table = WidgetFinder.first(ActiveWorkbench.shell(), Table.class,
                candidate -> candidate.getColumnCount() > 1 && "Client".equals(candidate.getColumn(0).getText())
                && "Status".equals(candidate.getColumn(1).getText())).orElseThrow();
        List<String> ids = caseload.shownClientIds();
        List<String> names = caseload.shownClientNames();
        for (int row : new int[] {ids.size() - 1, 0, ids.size() / 2}) {
            // what a click or an arrow key does to the widget: it selects the row and tells its listeners
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
            String id = ids.get(row);
            spinUntil(() -> id.equals(overview.shownClientId()), 30_000,
                    "the Client view to show " + id + " (" + names.get(row) + ") after row " + row + " was chosen");
            assertEquals(Optional.of(id), caseload.selectedClientId());
            assertTrue(table.getItem(row).getText(0).startsWith(names.get(row)), table.getItem(row).getText(0));
        }
    }

    @Test
    void downInTheSearchBoxMovesIntoTheListOntoTheFirstClientShown() {
        Text search = WidgetFinder.first(ActiveWorkbench.shell(), Text.class,
                candidate -> (candidate.getStyle() & SWT.SEARCH) != 0 && "Search by name or id".equals(
                        candidate.getMessage())).orElseThrow();
        caseload.search("ma");
        spin();
        String first = caseload.shownClientIds().get(0);
        search.setFocus();
        Event down = new Event();
        down.keyCode = SWT.ARROW_DOWN;
        search.notifyListeners(SWT.KeyDown, down);
        spinUntil(() -> first.equals(overview.shownClientId()), 30_000, "the Client view to show " + first);
        assertEquals(Optional.of(first), caseload.selectedClientId());
        assertTrue(caseload.selectedRowClientCell().orElseThrow().startsWith(caseload.shownClientNames().get(0)),
                "the first row is selected: " + caseload.selectedRowClientCell());
        assertEquals("ma", search.getText(), "the search is kept");
    }
}
