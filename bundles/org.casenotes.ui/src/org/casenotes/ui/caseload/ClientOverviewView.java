package org.casenotes.ui.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.charts.ProgressCharts;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.operations.UndoRedoActionGroup;
import org.eclipse.ui.part.ViewPart;

/**
 * One client at a glance, the one selected in the caseload or, when a note editor becomes active, that note's client: demographics, diagnoses, the active treatment plan with goals and objectives, the
 * latest PHQ-9/GAD-7 with band and every measure result (from signed notes or entered on their own), charts of each
 * instrument's totals and of the plan's goals over time ({@link ProgressCharts}), and a timeline of notes and letters (never psychotherapy notes). Double-clicking
 * a note opens it in the note form editor ({@code org.casenotes.ui.forms}); a letter, or a note whose form
 * definition is not known here, opens read-only in the {@link NoteView}.
 */
public final class ClientOverviewView extends ViewPart {

    private Label heading;
    private Label demographics;
    private Label diagnoses;
    private Label planHeading;
    private Combo planVersion;
    private List<TreatmentPlan> planVersions = List.of();
    /** The earlier plan version the user chose to read, kept when the same client is shown again; else null. */
    private String chosenPlanId;
    /** The current plan's review when it is due within two weeks or overdue; empty otherwise. */
    private Label planReview;
    private TreeViewer plan;
    private Label measures;
    private TableViewer measureTable;
    private TableViewer timeline;
    private ProgressCharts charts;
    private Client client;
    /** The client last asked for: a load that finishes after a later request is not shown. */
    private String requested;
    private NoteClientFollower follower;

    @Override
    public void createPartControl(Composite parent) {
        new UndoRedoActionGroup(getSite(), CaseloadUi.CLIENT_EDITS, true).fillActionBars(getViewSite().getActionBars());
        SashForm sash = new SashForm(LockCover.around(parent), SWT.VERTICAL);
        Composite top = new Composite(sash, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(top);
        ScrolledComposite factsScroller = new ScrolledComposite(top, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(factsScroller);
        Composite facts = new Composite(factsScroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().spacing(6, 4).applyTo(facts);
        factsScroller.setContent(facts);
        factsScroller.setExpandHorizontal(true);
        factsScroller.setExpandVertical(true);
        factsScroller.addListener(SWT.Resize, event -> fitFacts(factsScroller, facts));
        heading = label(facts, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setText("Select a client in the caseload.");
        demographics = label(facts, SWT.WRAP);
        title(facts, "Diagnoses");
        diagnoses = label(facts, SWT.WRAP);
        title(facts, "Latest measures");
        measures = label(facts, SWT.WRAP);
        measureTable = new TableViewer(facts,
                SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        measureTable.getTable().setHeaderVisible(true);
        measureTable.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 90).applyTo(measureTable.getTable());
        measureColumn("Date", 82, row -> Labels.shortDay(row.day()));
        measureColumn("Measure", 72, MeasureRow::instrument);
        measureColumn("Total", 50, MeasureRow::total);
        measureColumn("Band", 100, MeasureRow::band);
        measureColumn("Critical", 70, MeasureRow::critical);
        measureColumn("From", 62, MeasureRow::source);
        measureTable.setContentProvider(ArrayContentProvider.getInstance());

        Composite planArea = new Composite(top, SWT.NONE);
        GridLayoutFactory.swtDefaults().spacing(6, 4).applyTo(planArea);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(planArea);
        title(planArea, "Treatment plan");
        planVersion = new Combo(planArea, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(planVersion);
        planVersion.addListener(SWT.Selection, event -> {
            TreatmentPlan chosen = planVersions.get(planVersion.getSelectionIndex());
            chosenPlanId = chosen == ClientFacts.activePlan(client) ? null : chosen.getId();
            showPlan(chosen);
        });
        planHeading = label(planArea, SWT.WRAP);
        planReview = label(planArea, SWT.WRAP);
        planReview.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        plan = new TreeViewer(planArea, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        plan.setContentProvider(new PlanContent());
        plan.setLabelProvider(new PlanContent.Labels());
        plan.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 120).applyTo(plan.getControl());

        Composite progress = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(progress);
        title(progress, "Progress (measures with severity bands, and plan goals, over time)");
        charts = new ProgressCharts(progress);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(charts.control());

        Composite history = new Composite(sash, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(history);
        title(history, "Timeline (notes and letters; psychotherapy notes are kept apart)");
        timeline = new TableViewer(history, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        timeline.getTable().setHeaderVisible(true);
        timeline.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(timeline.getTable());
        column("Date", 100, entry -> Labels.day(entry.day()));
        column("Kind", 60, TimelineEntry::kind);
        column("Template", 190, TimelineEntry::title);
        column("Status", 260, TimelineEntry::status);
        timeline.setContentProvider(ArrayContentProvider.getInstance());
        timeline.addDoubleClickListener(event -> open((IStructuredSelection) event.getSelection()));
        sash.setWeights(40, 34, 26);
        follower = NoteClientFollower.follow(getSite().getPage(), this::followNote);
    }

    /** Shows the client of the note editor just activated, unless it is the one shown or asked for already. */
    private void followNote(String clientId) {
        if (!clientId.equals(requested)) {
            show(clientId);
        }
    }

    /** Lets the facts take the scroller's width and scroll when their wrapped text is taller than the view. */
    private static void fitFacts(ScrolledComposite scroller, Composite facts) {
        int width = scroller.getClientArea().width;
        scroller.setMinSize(facts.computeSize(width, SWT.DEFAULT));
    }

    private static Label label(Composite parent, int style) {
        Label label = new Label(parent, style);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private static void title(Composite parent, String text) {
        Label title = label(parent, SWT.NONE);
        title.setText(text);
        title.setFont(JFaceResources.getBannerFont());
    }

    private void measureColumn(String title, int width, Function<MeasureRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(measureTable, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((MeasureRow) element);
            }
        });
    }

    private void column(String title, int width, Function<TimelineEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(timeline, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((TimelineEntry) element);
            }
        });
    }

    /** Loads a client from the open caseload in the background and shows it. */
    public void show(String clientId) {
        CaseloadStore store = CaseloadSession.current().store();
        if (store == null) {
            return;
        }
        requested = clientId;
        var display = heading.getDisplay();
        Job job = Job.create("Opening client " + clientId, monitor -> {
            store.loadClient(clientId).ifPresent(loaded -> display.asyncExec(() -> render(loaded)));
            return Status.OK_STATUS;
        });
        job.setPriority(Job.INTERACTIVE);
        job.schedule();
    }

    private void render(Client loaded) {
        if (heading.isDisposed() || !loaded.getId().equals(requested)) {
            return;
        }
        boolean sameClient = client != null && client.getId().equals(loaded.getId());
        client = loaded;
        heading.setText(ClientFacts.heading(loaded));
        demographics.setText(ClientFacts.demographics(loaded, LocalDate.now(DemoCaseload.ZONE)));
        diagnoses.setText(ClientFacts.diagnoses(loaded));
        measures.setText(ClientFacts.latestMeasures(loaded));
        measureTable.setInput(MeasureRow.of(loaded));
        showPlans(loaded, sameClient);
        planReview.setText(ClientFacts.planReview(loaded, LocalDate.now()));
        timeline.setInput(TimelineEntry.of(loaded));
        charts.show(loaded);
        heading.getParent().layout(true, true);
        if (heading.getParent().getParent() instanceof ScrolledComposite scroller) {
            fitFacts(scroller, heading.getParent());
        }
    }

    /**
     * Offers every plan version in the combo and shows the current one (or says there is none); an earlier version
     * the user chose stays shown when the same client is shown again.
     */
    private void showPlans(Client loaded, boolean sameClient) {
        planVersions = PlanHistory.versions(loaded);
        planVersion.setItems(planVersions.stream().map(PlanHistory::label).toArray(String[]::new));
        planVersion.setVisible(!planVersions.isEmpty());
        ((GridData) planVersion.getLayoutData()).exclude = planVersions.isEmpty();
        TreatmentPlan current = ClientFacts.activePlan(loaded);
        TreatmentPlan shown = planVersions.stream()
                .filter(version -> sameClient && version.getId() != null && version.getId().equals(chosenPlanId))
                .findFirst().orElse(current);
        chosenPlanId = shown == current ? null : shown.getId();
        if (shown == null) {
            planHeading.setText(ClientFacts.planHeading(null));
            plan.setInput(null);
        } else {
            planVersion.select(planVersions.indexOf(shown));
            showPlan(shown);
        }
    }

    private void showPlan(TreatmentPlan shown) {
        planVersion.setToolTipText(PlanHistory.label(shown) + "\nEarlier versions can be read here; they are never "
                + "changed.");
        planHeading.setText(PlanHistory.details(shown));
        plan.setInput(shown);
        planHeading.getParent().layout(true, true);
    }

    private void open(IStructuredSelection selection) {
        if (!(selection.getFirstElement() instanceof TimelineEntry entry)) {
            return;
        }
        try {
            IWorkbenchPage page = getSite().getPage();
            if (entry.note() != null
                    && NoteOpening.openInEditor(page, CaseloadSession.current().store(), client, entry.note())) {
                return;
            }
            NoteView view = (NoteView) page.showView(CaseloadUi.NOTE_VIEW, null, IWorkbenchPage.VIEW_ACTIVATE);
            if (entry.note() != null) {
                view.showNote(client, entry.note());
            } else {
                view.showLetter(client, entry.letter());
            }
        } catch (PartInitException e) {
            planHeading.setText("Cannot open the entry: " + e.getMessage());
        }
    }

    /** @return the progress charts: one per instrument, and the plan's goals (for tests) */
    public ProgressCharts progressCharts() {
        return charts;
    }

    /** @return the id of the client shown, or null (for tests) */
    public String shownClientId() {
        return client == null ? null : client.getId();
    }

    /** @return the heading, demographics and diagnoses as shown (for tests) */
    public String factsText() {
        return heading.getText() + "\n" + demographics.getText() + "\n" + diagnoses.getText();
    }

    /** @return the plan versions offered, newest first, and the one shown (for tests) */
    public List<String> planVersions() {
        List<String> offered = new ArrayList<>(List.of(planVersion.getItems()));
        offered.add("shown: " + planVersion.getText());
        return offered;
    }

    /** Shows the plan version at {@code index} of {@link #planVersions()} as choosing it in the combo would (for tests). */
    public void choosePlanVersion(int index) {
        planVersion.select(index);
        planVersion.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** @return what the overview says under the plan version (for tests) */
    public String planDetailsText() {
        return planHeading.getText();
    }

    /** @return the plan's review when due within two weeks or overdue, as shown, else "" (for tests) */
    public String planReviewText() {
        return planReview.getText();
    }

    /** @return the labels of the plan tree, depth first (for tests) */
    public List<String> planLines() {
        List<String> lines = new ArrayList<>();
        for (TreeItem item : plan.getTree().getItems()) {
            collect(item, lines);
        }
        return lines;
    }

    private static void collect(TreeItem item, List<String> lines) {
        lines.add(item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, lines);
        }
    }

    /** @return the latest measures as shown (for tests) */
    public String measuresText() {
        return measures.getText();
    }

    /** @return the measure results as listed, "date | measure | total | band | critical | from" (for tests) */
    public List<String> measureRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : measureTable.getTable().getItems()) {
            StringBuilder row = new StringBuilder(item.getText(0));
            for (int column = 1; column < measureTable.getTable().getColumnCount(); column++) {
                row.append(" | ").append(item.getText(column));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** Shows the client again as now stored, if one is shown: after a change made elsewhere (a signature, a measure). */
    public void refresh() {
        if (client != null) {
            show(client.getId());
        }
    }

    /**
     * Shows the client again as now stored if the page's client overview shows it, e.g. after a signature added
     * measure results to the client's record.
     */
    public static void refreshIfShowing(IWorkbenchPage page, String clientId) {
        if (page != null && page.findView(CaseloadUi.CLIENT_OVERVIEW_VIEW) instanceof ClientOverviewView overview
                && clientId != null && clientId.equals(overview.shownClientId())) {
            overview.refresh();
        }
    }

    /** @return the timeline rows as "date | kind | template | status" (for tests) */
    public List<String> timelineRows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : timeline.getTable().getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return rows;
    }

    /** Opens the timeline entry at {@code index} as a double-click would (for tests). */
    public void openTimelineEntry(int index) {
        timeline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(
                timeline.getElementAt(index)), true);
        open(timeline.getStructuredSelection());
    }

    @Override
    public void dispose() {
        if (follower != null) {
            follower.close();
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        timeline.getControl().setFocus();
    }
}
