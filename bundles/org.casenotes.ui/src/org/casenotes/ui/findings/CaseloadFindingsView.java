package org.casenotes.ui.findings;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Every open finding across the caseload, like the Problems view: the unsigned and recent notes the store's index
 * lists are checked in a background job with progress, with the rules under the agency's settings; the list can be
 * narrowed by rule, client and severity; double-click (or Enter) opens the note in the note editor at the finding's
 * field.
 */
public final class CaseloadFindingsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.casenotes.ui.findings";

    private static final String ANY_RULE = "All rules";
    private static final String ANY_CLIENT = "All clients";
    private static final String ANY_SEVERITY = "All severities";
    /** What the view says while the caseload is locked. */
    public static final String LOCKED = "Caseload locked \u2014 the findings come back when it is unlocked.";

    private CaseloadScan.Result result;
    private FindingsFilter filter = FindingsFilter.ALL;
    private Label summary;
    private Combo rules;
    private Combo clients;
    private Combo severities;
    private TableViewer table;
    private Job scanning;
    /** Clears the list while the caseload is locked (no client data stays on screen), checks again once unlocked. */
    private final Consumer<Boolean> lockFollower = locked -> {
        if (table.getTable().isDisposed()) {
            return;
        }
        if (locked) {
            covered();
        } else {
            recheck();
        }
    };
    /** Checks the caseload that replaced the open one. */
    private final Consumer<CaseloadSession> switchFollower = session -> {
        if (!table.getTable().isDisposed()) {
            recheck();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite filters = new Composite(parent, SWT.NONE);
        filters.setLayout(new GridLayout(7, false));
        filters.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        rules = filterCombo(filters, "&Rule:");
        clients = filterCombo(filters, "C&lient:");
        severities = filterCombo(filters, "Se&verity:");
        severities.add(ANY_SEVERITY);
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            severities.add(Severity.values()[i].name().charAt(0)
                    + Severity.values()[i].name().substring(1).toLowerCase(Locale.ROOT) + " and above");
        }
        severities.select(0);
        Button refresh = new Button(filters, SWT.PUSH);
        refresh.setText("Re&check");
        refresh.addListener(SWT.Selection, event -> recheck());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Waiting for the caseload\u2026");
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Severity", 80, found -> found.finding().severity().name().toLowerCase(Locale.ROOT));
        column("Finding", 420, found -> found.finding().message());
        column("Client", 150, CaseloadFinding::clientName);
        column("Where", 260, CaseloadFinding::location);
        column("Rule", 170, found -> found.finding().ruleId());
        table.addOpenListener(event -> open(event.getSelection()));
        rules.addListener(SWT.Selection, event -> filterChanged());
        clients.addListener(SWT.Selection, event -> filterChanged());
        severities.addListener(SWT.Selection, event -> filterChanged());
        CaseloadSession.current().whenOpen(session -> {
            if (!table.getTable().isDisposed()) {
                recheck();
            }
        });
        CaseloadSession.current().whenLockChanges(lockFollower);
        CaseloadSession.current().whenSwitched(switchFollower);
    }

    /** Checks the caseload again in a background job, e.g. after the agency settings changed. */
    public void recheck() {
        CaseloadStore store = CaseloadSession.current().store();
        if (store == null) {
            summary.setText(Optional.ofNullable(CaseloadSession.current().problem()).orElse("No caseload is open."));
            return;
        }
        if (CaseloadSession.current().isLocked()) {
            covered();
            return;
        }
        if (scanning != null) {
            scanning.cancel();
        }
        WorkbenchRules rulesNow = Workplace.rules();
        summary.setText("Checking the caseload\u2026");
        Job job = new Job("Checking the caseload's notes") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    CaseloadScan.Result found = new CaseloadScan(store, NoteForms.installed(), rulesNow,
                            LocalDate.now()).run(monitor);
                    table.getTable().getDisplay().asyncExec(() -> show(found));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (CaseloadStoreException e) {
                    table.getTable().getDisplay().asyncExec(() -> unavailable(e));
                    return Status.OK_STATUS;
                }
            }
        };
        job.setUser(false);
        scanning = job;
        job.schedule();
    }

    /** @return whether a scan has finished and its findings are shown */
    public boolean isChecked() {
        return result != null;
    }

    /** @return the findings the filters let through, in the order shown */
    public List<CaseloadFinding> shownFindings() {
        return table.getTable().getItemCount() == 0 ? List.of()
                : Arrays.stream(table.getTable().getItems()).map(item -> (CaseloadFinding) item.getData())
                        .toList();
    }

    /** Narrows the list, as the three filter lists do. */
    public void filter(FindingsFilter newFilter) {
        filter = newFilter;
        selectIn(rules, newFilter.ruleId(), ANY_RULE);
        selectIn(clients, newFilter.clientId() == null ? null : clientLabel(newFilter.clientId()), ANY_CLIENT);
        severities.select(newFilter.minSeverity() == null ? 0
                : Severity.values().length - newFilter.minSeverity().ordinal());
        refreshTable();
    }

    /** @return the summary line above the list */
    public String summaryText() {
        return summary.getText();
    }

    private void show(CaseloadScan.Result found) {
        if (table.getTable().isDisposed() || CaseloadSession.current().isLocked()) {
            return;
        }
        result = found;
        fill(rules, ANY_RULE, found.findings(), finding -> finding.finding().ruleId());
        fill(clients, ANY_CLIENT, found.findings(), finding -> finding.clientName() + " (" + finding.clientId() + ")");
        filter(filter);
    }

    private void covered() {
        if (scanning != null) {
            scanning.cancel();
        }
        result = null;
        table.setInput(List.of());
        fill(rules, ANY_RULE, List.of(), finding -> "");
        fill(clients, ANY_CLIENT, List.of(), finding -> "");
        summary.setText(LOCKED);
    }

    private void unavailable(CaseloadStoreException problem) {
        if (!summary.isDisposed()) {
            result = null;
            table.setInput(List.of());
            summary.setText("The caseload could not be checked: " + problem.getMessage()
                    + " Unlock the caseload and press Recheck.");
        }
    }

    private void filterChanged() {
        String rule = rules.getSelectionIndex() <= 0 ? null : rules.getText();
        String client = clients.getSelectionIndex() <= 0 ? null
                : clients.getText().substring(clients.getText().lastIndexOf('(') + 1, clients.getText().length() - 1);
        Severity severity = severities.getSelectionIndex() <= 0 ? null
                : Severity.values()[Severity.values().length - severities.getSelectionIndex()];
        filter = new FindingsFilter(rule, client, severity);
        refreshTable();
    }

    private void refreshTable() {
        if (result == null) {
            return;
        }
        List<CaseloadFinding> shown = result.findings().stream().filter(filter).toList();
        table.setInput(shown);
        summary.setText(shown.size() + " of " + result.findings().size() + " findings in " + result.notesChecked()
                + " unsigned or recent notes of " + result.clientsLoaded() + " clients"
                + (result.notesSkipped() == 0 ? ""
                        : "; " + result.notesSkipped() + (result.notesSkipped() == 1 ? " note" : " notes")
                                + " skipped (template version not installed)"));
    }

    private void open(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured)
                || !(structured.getFirstElement() instanceof CaseloadFinding found)) {
            return;
        }
        try {
            CaseloadStore store = Workplace.store();
            Client client = store.loadClient(found.clientId()).orElseThrow();
            Note note = client.getNotes().stream().filter(candidate -> candidate.getId().equals(found.noteId()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("it is no longer in the caseload."));
            IEditorPart editor = NoteOpener.openStored(getSite().getPage(), client, note, Workplace.rules(),
                    NoteHome.record(store));
            showField(editor, found.finding());
        } catch (PartInitException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), "Open Note", "The note could not be opened: "
                    + e.getMessage());
        }
    }

    /** Brings the finding's field to the clinician, with its words selected when the finding names them. */
    private static void showField(IEditorPart editor, Finding finding) {
        if (finding.fieldId() == null) {
            return;
        }
        if (finding.range() == null) {
            NoteEditors.showField(editor, finding.fieldId());
        } else {
            NoteEditors.showField(editor, finding.fieldId(), finding.range().start(), finding.range().length());
        }
    }

    private void column(String title, int width, Function<CaseloadFinding, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CaseloadFinding) element);
            }
        });
    }

    private static Combo filterCombo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setVisibleItemCount(20);
        GridData size = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        size.widthHint = 190;
        combo.setLayoutData(size);
        return combo;
    }

    private static void fill(Combo combo, String any, List<CaseloadFinding> findings,
            Function<CaseloadFinding, String> label) {
        combo.removeAll();
        combo.add(any);
        TreeMap<String, Boolean> labels = new TreeMap<>();
        findings.forEach(finding -> labels.put(label.apply(finding), Boolean.TRUE));
        labels.keySet().forEach(combo::add);
        combo.select(0);
    }

    private String clientLabel(String clientId) {
        return result == null ? null : result.findings().stream().filter(found -> found.clientId().equals(clientId))
                .map(found -> found.clientName() + " (" + found.clientId() + ")").findFirst().orElse(null);
    }

    private static void selectIn(Combo combo, String item, String any) {
        int index = item == null ? -1 : combo.indexOf(item);
        combo.select(index < 0 ? combo.indexOf(any) : index);
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    public void dispose() {
        CaseloadSession.current().removeLockListener(lockFollower);
        CaseloadSession.current().removeSwitchListener(switchFollower);
        if (scanning != null) {
            scanning.cancel();
        }
        super.dispose();
    }
}
