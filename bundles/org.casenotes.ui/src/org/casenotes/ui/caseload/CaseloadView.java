package org.casenotes.ui.caseload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.casenotes.demo.DemoForms;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The caseload: every client with status, next plan review and unsigned/overdue note counts, with a search box
 * and a status filter. Selecting a client shows it in the {@link ClientOverviewView}. On first start it shows the
 * progress of creating the demo caseload.
 */
public final class CaseloadView extends ViewPart {

    private static final String ALL_STATUSES = "All statuses";
    /**
     * The counts need every client record loaded (the store lists clients without them), about half a second per
     * client with a hundred notes; above this many clients the list goes without counts.
     */
    private static final int COUNTED_CLIENTS_LIMIT = 200;
    private static final String[] STATUSES = {ALL_STATUSES, "Active", "Waitlist", "Inactive", "Discharged"};

    private Text search;
    private Combo status;
    private Label banner;
    private Composite progressArea;
    private Label progressLabel;
    private ProgressBar progressBar;
    private TableViewer viewer;
    private List<CaseloadRow> rows = List.of();
    private boolean detailed;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);

        search = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search by name or id");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        search.addModifyListener(event -> viewer.refresh());

        status = new Combo(body, SWT.READ_ONLY);
        status.setItems(STATUSES);
        status.select(0);
        status.addModifyListener(event -> viewer.refresh());

        banner = new Label(body, SWT.WRAP);
        banner.setText("Opening the caseload…");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(banner);

        progressArea = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(progressArea);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(progressArea);
        progressArea.setVisible(false);
        progressLabel = new Label(progressArea, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressLabel);
        progressBar = new ProgressBar(progressArea, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progressBar);

        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table);
        column("Client", 150, CaseloadRow::name);
        column("Pronouns", 78, CaseloadRow::pronouns);
        column("Status", 76, CaseloadRow::status);
        column("Next review", 94, row -> Labels.day(row.nextPlanReview()));
        column("Unsigned", 66, row -> count(row, row.unsigned()));
        column("Overdue", 62, row -> count(row, row.overdue()));
        column("Last seen", 88, row -> Labels.day(row.lastService()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new SearchAndStatusFilter());
        viewer.addSelectionChangedListener(event -> selected((IStructuredSelection) event.getSelection(), false));
        viewer.addDoubleClickListener(event -> selected((IStructuredSelection) event.getSelection(), true));
        getSite().setSelectionProvider(viewer);

        CaseloadOpener.openOnce(getSite().getShell(), this::showCreationProgress);
        CaseloadSession.current().whenOpen(this::caseloadOpened);
    }

    private void column(String title, int width, Function<CaseloadRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CaseloadRow) element);
            }
        });
    }

    private static String count(CaseloadRow row, int count) {
        if (!row.detailed()) {
            return "…";
        }
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
        banner.setText("Loading clients…");
        progressArea.getParent().layout(true, true);
        load(session.store(), session.isDemo());
    }

    private void load(CaseloadStore store, boolean demo) {
        var display = viewer.getControl().getDisplay();
        Job job = Job.create("Loading the caseload", monitor -> {
            List<ClientSummary> summaries = store.listClients();
            display.asyncExec(() -> showListed(summaries.stream().map(CaseloadRow::listed).toList(), demo));
            if (summaries.size() > COUNTED_CLIENTS_LIMIT) {
                display.asyncExec(() -> banner.setText(summaries.size() + " clients. Unsigned and overdue notes are "
                        + "counted for caseloads of up to " + COUNTED_CLIENTS_LIMIT + " clients."));
                return Status.OK_STATUS;
            }
            DemoForms forms = new DemoForms();
            Instant now = Instant.now();
            List<CaseloadRow> loaded = new ArrayList<>();
            for (ClientSummary summary : summaries) {
                store.loadClient(summary.id())
                        .ifPresent(client -> loaded.add(CaseloadRow.of(summary, client, now, forms)));
            }
            display.asyncExec(() -> show(loaded, demo));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    /** Shows the clients as listed, before their records are loaded for the counts. */
    private void showListed(List<CaseloadRow> listed, boolean demo) {
        if (viewer.getControl().isDisposed() || detailed) {
            return;
        }
        rows = List.copyOf(listed);
        viewer.setInput(rows);
        banner.setText((demo ? "Demo caseload (fictional clients). " : "") + rows.size()
                + " clients; counting unsigned notes…");
        banner.getParent().layout(true, true);
        StartupProbe.caseloadShown(rows.size());
    }

    private void show(List<CaseloadRow> loaded, boolean demo) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        detailed = true;
        rows = List.copyOf(loaded);
        viewer.setInput(rows);
        int unsigned = rows.stream().mapToInt(CaseloadRow::unsigned).sum();
        int overdue = rows.stream().mapToInt(CaseloadRow::overdue).sum();
        banner.setText((demo ? "Demo caseload (fictional clients). " : "") + rows.size() + " clients, " + unsigned
                + " unsigned notes, " + overdue + " overdue.");
        banner.getParent().layout(true, true);
    }

    private void selected(IStructuredSelection selection, boolean activate) {
        if (!(selection.getFirstElement() instanceof CaseloadRow row)) {
            return;
        }
        try {
            IWorkbenchPage page = getSite().getPage();
            ClientOverviewView overview = (ClientOverviewView) page.showView(CaseloadUi.CLIENT_OVERVIEW_VIEW, null,
                    activate ? IWorkbenchPage.VIEW_ACTIVATE : IWorkbenchPage.VIEW_VISIBLE);
            overview.show(row.id());
        } catch (PartInitException e) {
            banner.setText("Cannot show the client: " + e.getMessage());
        }
    }

    /** A row passes when every search word is in its name or id and its status is the chosen one. */
    private final class SearchAndStatusFilter extends ViewerFilter {
        @Override
        public boolean select(Viewer filtered, Object parentElement, Object element) {
            CaseloadRow row = (CaseloadRow) element;
            String chosen = status.getText();
            if (!ALL_STATUSES.equals(chosen) && !chosen.equals(row.status())) {
                return false;
            }
            String haystack = (row.name() + " " + row.id()).toLowerCase(Locale.ROOT);
            return Arrays.stream(search.getText().toLowerCase(Locale.ROOT).split("\\s+"))
                    .allMatch(haystack::contains);
        }
    }

    /** @return whether the clients have been loaded with their counts (for tests) */
    public boolean isLoaded() {
        return detailed;
    }

    /** @return the names of the clients the table shows, top to bottom (for tests) */
    public List<String> shownClientNames() {
        List<String> names = new ArrayList<>();
        for (var item : viewer.getTable().getItems()) {
            names.add(((CaseloadRow) item.getData()).name());
        }
        return names;
    }

    /** @return the text above the table: what is open and what needs attention */
    public String bannerText() {
        return banner.getText();
    }

    /** Types into the search box (for tests). */
    public void search(String text) {
        search.setText(text);
    }

    /** Chooses a status in the filter, e.g. "Discharged" or "All statuses" (for tests). */
    public void filterByStatus(String label) {
        status.select(Arrays.asList(STATUSES).indexOf(label));
        viewer.refresh();
    }

    /** Selects a client by id, which shows it in the overview (for tests). */
    public void selectClient(String clientId) {
        rows.stream().filter(row -> row.id().equals(clientId)).findFirst()
                .ifPresent(row -> viewer.setSelection(new StructuredSelection(row), true));
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }
}
