package org.casenotes.ui.search;

import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.IndexingProgress;
import org.casenotes.store.NoteSearch;
import org.casenotes.store.SearchHit;
import org.casenotes.ui.caseload.CaseloadSession;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

/**
 * Finds notes by what they say (Note &gt; Find in Notes…, Ctrl+Shift+F): the record's notes of every status, their
 * addenda and letters; or, chosen apart, the clinician's own psychotherapy notes. Results come ranked, one per note
 * at its best passage, the matching words in bold; Enter or a double-click opens the note at that field with the
 * words selected. While the caseload's index is being built the summary says how far it has come and the list is
 * searched again when it is complete. While the caseload is locked the list is empty and says so.
 */
public final class NoteSearchView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.casenotes.ui.search";
    /** What the view says while the caseload is locked. */
    public static final String LOCKED = "Caseload locked \u2014 unlock it to search the notes.";
    private static final int LIMIT = 100;
    private static final int PROGRESS_POLL_MILLIS = 500;

    private Text query;
    private Button record;
    private Button psychotherapy;
    private Label summary;
    private TableViewer table;
    private final SnippetCells snippets = new SnippetCells();
    private final SearchHitLabels labels = new SearchHitLabels();
    private List<SearchHit> hits = List.of();
    private final Consumer<Boolean> lockFollower = locked -> {
        if (!table.getTable().isDisposed()) {
            search();
        }
    };
    /** Searches the caseload that replaced the open one (nothing of the other stays on screen). */
    private final Consumer<CaseloadSession> switchFollower = session -> {
        if (!table.getTable().isDisposed()) {
            search();
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(2, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(bar, SWT.NONE).setText("&Find:");
        query = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setMessage("words, \"a phrase\", -without");
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.addListener(SWT.DefaultSelection, event -> search());
        // the scope on a row of its own, so that the search box keeps its width when the view is narrow
        Composite scope = new Composite(bar, SWT.NONE);
        scope.setLayout(new GridLayout(2, false));
        scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        record = new Button(scope, SWT.RADIO);
        record.setText("&Notes, addenda and letters");
        record.setSelection(true);
        psychotherapy = new Button(scope, SWT.RADIO);
        psychotherapy.setText("My &psychotherapy notes");
        record.addListener(SWT.Selection, event -> search());
        psychotherapy.addListener(SWT.Selection, event -> search());
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Type words from a note and press Enter.");
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Client", 190).setLabelProvider(labels.client());
        column("Date", 100).setLabelProvider(labels.date());
        column("Where", 330).setLabelProvider(labels.where());
        column("Status", 80).setLabelProvider(labels.status());
        column("Found", 560).setLabelProvider(snippets);
        table.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection
                    && selection.getFirstElement() instanceof SearchHit hit) {
                new SearchHitOpening(getSite().getPage(), getSite().getShell()).open(hit);
            }
        });
        CaseloadSession.current().whenLockChanges(lockFollower);
        CaseloadSession.current().whenSwitched(switchFollower);
    }

    /** Puts the words in the search box and searches (as typing them and pressing Enter does). */
    public void search(String words, boolean psychotherapyNotes) {
        query.setText(words);
        record.setSelection(!psychotherapyNotes);
        psychotherapy.setSelection(psychotherapyNotes);
        search();
    }

    /** @return the results shown, best first */
    public List<SearchHit> shownHits() {
        return hits;
    }

    /** @return the summary line above the results */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the words drawn in bold in the result at {@code row}, in order */
    public List<String> boldWordsAt(int row) {
        return snippets.boldWords(hits.get(row));
    }

    /** @return whether the index is complete and the shown results answer the words in the box */
    public boolean isSettled() {
        NoteSearch search = search(CaseloadSession.current().store());
        return search == null || CaseloadSession.current().isLocked() || search.progress().complete();
    }

    private void search() {
        labels.forgetClients();
        CaseloadStore store = CaseloadSession.current().store();
        if (store == null) {
            show(List.of(), "No caseload is open.");
            return;
        }
        if (store.isLocked()) {
            show(List.of(), LOCKED);
            return;
        }
        NoteSearch search = search(store);
        String words = query.getText();
        try {
            IndexingProgress progress = search.progress();
            List<SearchHit> found = words.isBlank() ? List.of() : search.search(words, LIMIT);
            show(found, SearchSummary.of(words, found.size(), LIMIT, progress, psychotherapy.getSelection()));
            if (!progress.complete()) {
                table.getTable().getDisplay().timerExec(PROGRESS_POLL_MILLIS, this::searchIfStillIndexing);
            }
        } catch (CaseloadStoreException e) {
            show(List.of(), "The notes could not be searched: " + e.getMessage());
        }
    }

    private void searchIfStillIndexing() {
        if (!table.getTable().isDisposed()) {
            search();
        }
    }

    private NoteSearch search(CaseloadStore store) {
        if (store == null) {
            return null;
        }
        return psychotherapy.getSelection() ? store.psychotherapyNotes().search() : store.noteSearch();
    }

    private void show(List<SearchHit> found, String text) {
        hits = found;
        table.setInput(found);
        summary.setText(text);
        summary.getParent().layout(true);
    }

    private TableViewerColumn column(String title, int width) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        return column;
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        CaseloadSession.current().removeLockListener(lockFollower);
        CaseloadSession.current().removeSwitchListener(switchFollower);
        super.dispose();
    }

    /** @return a count as the summary writes it */
    static String count(int number) {
        return NumberFormat.getIntegerInstance().format(number);
    }
}
