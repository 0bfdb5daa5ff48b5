package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.casenotes.core.record.PlanReviewDue;
import org.casenotes.store.CaseloadDashboard;
import org.casenotes.store.CaseloadDashboard.Concern;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.layout.WritingLayout;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

/**
 * The caseload: every client with status, next plan review (marked when due within two weeks or overdue) and
 * unsigned/overdue note counts, with a search box and a filter by client status, notes needing attention or plan
 * reviews due, and above the list the day's work as counts ({@link DashboardBar}: plan reviews due, co-signatures
 * awaited, notes returned for revision, measures not repeated, clients not seen) that each filter the list. Everything shown comes from the store's
 * {@link CaseloadStore#overview overview} (indexed data; no client record is loaded, so listing is not audited as
 * opening records). Overdue means unsigned past the agency's late-entry window. Selecting a client shows it in the
 * {@link ClientOverviewView}. On first start it shows the progress of creating the demo caseload.
 */
public final class CaseloadView extends ViewPart {

    /** Room around a header's text and around a cell's text, in pixels. */
    private static final int HEADER_PADDING = 14;
    private static final int CELL_PADDING = 8;

    private Text search;
    private Combo status;
    private Label banner;
    private DashboardBar dashboardBar;
    private CaseloadDashboard dashboard = CaseloadDashboard.of(List.of(), LocalDate.now(), PlanReviewDue.WINDOW_DAYS);
    private FilterMatches matches;
    private Composite progressArea;
    private Label progressLabel;
    private ProgressBar progressBar;
    private CaseloadTable table;
    private TableViewer viewer;
    private boolean loaded;
    /** The client to select once the caseload has been read again (one just added or changed), if any. */
    private String selectWhenShown;
    private final java.util.function.Consumer<CaseloadSession> switched = this::caseloadSwitched;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(LockCover.around(parent), SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);

        search = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search by name or id");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(event -> refilter());
        search.addListener(SWT.KeyDown, event -> {
            if (event.keyCode == SWT.ARROW_DOWN) {
                event.doit = false;
                table.enterFromSearch(false);
            }
        });
        search.addListener(SWT.DefaultSelection, event -> table.enterFromSearch(true));

        status = new Combo(body, SWT.READ_ONLY);
        status.setItems(SearchAndStatus.CHOICES);
        status.select(0);
        status.addModifyListener(event -> refilter());

        banner = new Label(body, SWT.WRAP);
        banner.setText("Opening the caseload…");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(banner);
        matches = new FilterMatches(body, 2, getSite().getPage());
        dashboardBar = new DashboardBar(body, this::showConcern);

        progressArea = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(progressArea);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(progressArea);
        progressArea.setVisible(false);
        progressLabel = new Label(progressArea, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressLabel);
        progressBar = new ProgressBar(progressArea, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressBar);

        Composite tableArea = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tableArea);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        // Filtering speed is measured by CaseloadFilterLatencyHarness (issue 13: < 30 ms per keystroke for 1,000
        // clients); CaseloadTable says why selection goes by client id.
        table = new CaseloadTable(tableArea, row -> selected(row, false), row -> selected(row, true));
        viewer = table.viewer();
        Table widget = viewer.getTable();
        widget.setHeaderVisible(true);
        widget.setLinesVisible(true);
        String date = Labels.shortDay(LocalDate.of(2026, 9, 30));
        column(columns, "Client", null, 6, "Wendell Ash", CaseloadRow::nameAndPronouns);
        column(columns, "Status", "Client status, or the intake while it is due", 2, "Discharged",
                CaseloadRow::statusAndIntake);
        column(columns, "Review", "Next treatment-plan review; how soon once due within "
                + PlanReviewDue.WINDOW_DAYS + " days, or overdue", 2, "in 14 days", row -> row.review(LocalDate.now()))
                .setLabelProvider(new ReviewCell());
        column(columns, "Unsigned", "Notes not signed yet", 1, "", row -> count(row.unsigned()));
        column(columns, "Overdue", "Unsigned past the agency's late-entry window", 1, "",
                row -> count(row.overdue()));
        column(columns, "Last seen", "Latest date of service", 2, date, row -> Labels.shortDay(row.lastService()));
        new UndoRedoActionGroup(getSite(), CaseloadUi.CLIENT_EDITS, true).fillActionBars(getViewSite().getActionBars());

        CaseloadOpener.openOnce(getSite().getShell(), this::showCreationProgress);
        CaseloadSession.current().whenOpen(this::caseloadOpened);
        CaseloadSession.current().whenSwitched(switched);
    }

    private void caseloadSwitched(CaseloadSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        loaded = false;
        table.setRows(List.of());
        caseloadOpened(session);
    }

    @Override
    public void dispose() {
        CaseloadSession.current().removeSwitchListener(switched);
        super.dispose();
    }

    /**
     * Adds a column that takes its share ({@code weight}) of the view's width but never less than its header or
     * {@code widest} text needs, so that at the usual window sizes every column fits without cutting text.
     */
    private TableViewerColumn column(TableColumnLayout columns, String title, String tooltip, int weight,
            String widest, Function<CaseloadRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setToolTipText(tooltip);
        GC gc = new GC(viewer.getTable());
        int minimum;
        try {
            minimum = Math.max(gc.textExtent(title).x + HEADER_PADDING, gc.textExtent(widest).x + CELL_PADDING);
        } finally {
            gc.dispose();
        }
        columns.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimum));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CaseloadRow) element);
            }
        });
        return column;
    }

    private static String counted(int count, String thing) {
        return count + " " + thing + (count == 1 ? "" : "s");
    }

    private static String count(int count) {
        return count == 0 ? "" : Integer.toString(count);
    }

    private void showCreationProgress(int done, int total, String client) {
        if (progressArea.isDisposed()) {
            return;
        }
        if (!progressArea.isVisible()) {
            progressArea.setVisible(true);
            ((org.eclipse.swt.layout.GridData) progressArea.getLayoutData()).exclude = false;
            banner.setText("First start: creating the demo caseload (fictional clients) in your data folder…");
        }
        progressBar.setMaximum(total);
        progressBar.setSelection(done);
        progressLabel.setText("Wrote " + client + " (" + done + " of " + total + ")");
        progressArea.getParent().layout(true, true);
    }

    private void caseloadOpened(CaseloadSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (session.store() == null) {
            banner.setText(session.problem());
            return;
        }
        progressArea.setVisible(false);
        ((org.eclipse.swt.layout.GridData) progressArea.getLayoutData()).exclude = true;
        Optional<CaseloadOverview> first = session.takeFirstOverview();
        if (first.isPresent()) {
            show(first.get(), session);
            return;
        }
        banner.setText("Loading clients…");
        progressArea.getParent().layout(true, true);
        load(session);
    }

    private void load(CaseloadSession session) {
        CaseloadStore store = session.store();
        var display = viewer.getControl().getDisplay();
        LocalDate overdueBefore = CaseloadSession.overdueBefore();
        Job job = Job.create("Loading the caseload", monitor -> {
            try {
                CaseloadOverview overview = store.overview(overdueBefore);
                display.asyncExec(() -> {
                    if (session.store() == store) {
                        show(overview, session);
                    }
                });
            } catch (CaseloadStoreException e) {
                // e.g. an agency server's administrator, who reads no client record, or a server gone away
                display.asyncExec(() -> {
                    if (session.store() == store && !viewer.getControl().isDisposed()) {
                        banner.setText(session.name() + ": " + e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void show(CaseloadOverview overview, CaseloadSession session) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<CaseloadRow> rows = overview.entries().stream().map(CaseloadRow::of).toList();
        dashboard = CaseloadDashboard.of(overview.entries(), LocalDate.now(), PlanReviewDue.WINDOW_DAYS);
        table.setRows(rows);
        dashboardBar.show(dashboard);
        long reviewsDue = rows.stream().filter(row -> row.reviewDue(LocalDate.now()).isPresent()).count();
        String counts = counted(overview.clientCount(), "client") + ", "
                + counted(overview.unsignedNotes(), "unsigned note") + ", " + overview.overdueNotes() + " overdue."
                + (reviewsDue == 0 ? "" : " " + counted((int) reviewsDue, "plan review") + " due.");
        banner.setText(session.isDemo() ? CaseloadSession.DEMO_NAME + ". " + counts
                : session.name().isEmpty() ? counts : session.name() + ": " + counts);
        banner.getParent().layout(true, true);
        loaded = true;
        showMatches();
        StartupProbe.caseloadShown(viewer.getControl(), rows.size());
        if (selectWhenShown != null) {
            selectClient(selectWhenShown);
            selectWhenShown = null;
        }
    }

    /**
     * Reads the caseload again in the page's caseload view, if it has one, e.g. after a client was added or changed,
     * and then selects that client.
     */
    public static void reloadIfShowing(IWorkbenchPage page, String clientId) {
        if (page != null && page.findView(CaseloadUi.CASELOAD_VIEW) instanceof CaseloadView view
                && CaseloadSession.current().store() != null) {
            view.selectWhenShown = clientId;
            view.loaded = false;
            view.load(CaseloadSession.current());
        }
    }

    /** @return the id of the client selected in the list, if one is */
    public Optional<String> selectedClientId() {
        return table.selectedRow().map(CaseloadRow::id);
    }

    private void selected(CaseloadRow row, boolean activate) {
        try {
            IWorkbenchPage page = getSite().getPage();
            // while a note has the window, the client view set aside shows the client where it is, without sliding
            // out over the note (and taking the keyboard from it); opening the row still brings it forward
            ClientOverviewView overview = !activate && WritingLayout.of(page).isWriting()
                    && page.findView(CaseloadUi.CLIENT_OVERVIEW_VIEW) instanceof ClientOverviewView aside ? aside
                            : (ClientOverviewView) page.showView(CaseloadUi.CLIENT_OVERVIEW_VIEW, null,
                                    activate ? IWorkbenchPage.VIEW_ACTIVATE : IWorkbenchPage.VIEW_VISIBLE);
            overview.show(row.id());
        } catch (PartInitException e) {
            banner.setText("Cannot show the client: " + e.getMessage());
        }
    }

    /** The Review column's cell: the next review, in dark red once due within two weeks or overdue. */
    private final class ReviewCell extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            return ((CaseloadRow) element).review(LocalDate.now());
        }

        @Override
        public Color getForeground(Object element) {
            return ((CaseloadRow) element).reviewDue(LocalDate.now()).isPresent()
                    ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
        }
    }

    /** Shows the clients that pass the search box and the status filter as they are now. */
    private void refilter() {
        table.setFilter(new SearchAndStatus(search.getText(), status.getText(), dashboard, LocalDate.now()));
        showMatches();
    }

    /** Filters the list to the clients behind a dashboard count, as choosing it in the filter would. */
    private void showConcern(Concern concern) {
        filterByStatus(concern == Concern.PLAN_REVIEW_DUE ? SearchAndStatus.REVIEW_DUE : concern.title());
    }

    /** @return the dashboard's button of a concern, to press it (for tests) */
    public org.eclipse.swt.widgets.Button dashboardButton(Concern concern) {
        return dashboardBar.button(concern);
    }

    /** @return the filter chosen, e.g. "Co-signatures awaited" (for tests) */
    public String chosenFilter() {
        return status.getText();
    }

    /** @return whether the clients have been loaded with their counts (for tests) */
    public boolean isLoaded() {
        return loaded;
    }

    /** @return the ids of the clients the table shows, top to bottom (for tests) */
    public List<String> shownClientIds() {
        return shownRows().stream().map(CaseloadRow::id).toList();
    }

    /**
     * @return the Client cell of the row the table widget has selected, as the widget shows it (for tests that check
     *         the selection is on the row of the client they asked for); empty if no row is selected
     */
    public Optional<String> selectedRowClientCell() {
        Table widget = viewer.getTable();
        return widget.getSelectionIndex() < 0 ? Optional.empty()
                : Optional.of(widget.getItem(widget.getSelectionIndex()).getText(0));
    }

    /** @return the names of the clients the table shows, top to bottom (for tests) */
    public List<String> shownClientNames() {
        return shownRows().stream().map(CaseloadRow::name).toList();
    }

    /**
     * @return the rows the table shows, top to bottom, as their cells' text joined by " | " (for tests); read through
     *         the columns' label providers, since a virtual table labels only the rows in sight
     */
    public List<String> shownClientRows() {
        List<String> shown = new ArrayList<>();
        for (CaseloadRow row : shownRows()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < viewer.getTable().getColumnCount(); column++) {
                cells.add(((ColumnLabelProvider) viewer.getLabelProvider(column)).getText(row));
            }
            shown.add(String.join(" | ", cells));
        }
        return shown;
    }

    /** @return the rows the table holds, top to bottom: the caseload through the search and status filter */
    private List<CaseloadRow> shownRows() {
        List<CaseloadRow> shown = table.shown();
        if (shown.size() != viewer.getTable().getItemCount()) {
            throw new IllegalStateException("the table holds " + viewer.getTable().getItemCount() + " rows, the"
                    + " filtered caseload " + shown.size());
        }
        return shown;
    }

    /** @return each column's width and the width of its header's text, as {width, header} (for layout tests) */
    public List<int[]> columnWidthsAndNeeds() {
        Table table = viewer.getTable();
        List<int[]> widths = new ArrayList<>();
        GC gc = new GC(table);
        try {
            for (var column : table.getColumns()) {
                widths.add(new int[] {column.getWidth(), gc.textExtent(column.getText()).x});
            }
        } finally {
            gc.dispose();
        }
        return widths;
    }

    /** @return the width the table shows its columns in (for tests of the layout) */
    public int tableClientWidth() {
        return viewer.getTable().getClientArea().width;
    }

    /** @return the text above the table: what is open and what needs attention */
    public String bannerText() {
        return banner.getText();
    }

    /** Types into the search box (for tests). */
    public void search(String text) {
        search.setText(text);
    }

    /**
     * Chooses a filter, e.g. "Discharged", "With unsigned notes", "With overdue notes", "Plan review due" or "All
     * statuses" (for tests).
     */
    public void filterByStatus(String label) {
        status.select(Arrays.asList(SearchAndStatus.CHOICES).indexOf(label));
        refilter();
    }

    /** @return the line under the search box while the list is narrowed ("Showing 3 of 13 clients."), else empty */
    public String matchesText() {
        return matches.text();
    }

    private void showMatches() {
        if (loaded) {
            matches.update(table.shown().size(), table.rows().size(), search.getText(),
                    status.getSelectionIndex() > 0);
        }
    }

    /** Selects a client by id, which shows it in the overview (for tests). */
    public void selectClient(String clientId) {
        table.select(clientId);
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
