package org.casenotes.ui.caseload;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The caseload's rows in a virtual table: filtering keeps its own list of the rows that pass, and only the rows in
 * sight are given their cells' text, so a keystroke in the search box costs the same for 13 clients as for 1,000.
 * <p>
 * Selection goes by client id and row index in that list, never through JFace's element lookup: with a virtual table
 * JFace selected the wrong row when asked for a client by element (C-1003 selected C-1011), which shows the wrong
 * chart. After each filtering the selected client stays selected if it still shows, wherever its row moved to, and
 * nothing is selected if it no longer shows.
 */
final class CaseloadTable {

    private final TableViewer viewer;
    private final Consumer<CaseloadRow> selected;
    private final Consumer<CaseloadRow> opened;
    private List<CaseloadRow> rows = List.of();
    private List<CaseloadRow> shown = List.of();
    private Predicate<CaseloadRow> filter = row -> true;

    /**
     * @param selected told the row a click, the keyboard or {@link #select} selected
     * @param opened   told the row double-clicked or entered
     */
    CaseloadTable(Composite parent, Consumer<CaseloadRow> selected, Consumer<CaseloadRow> opened) {
        this.selected = selected;
        this.opened = opened;
        viewer = new TableViewer(parent,
                SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ShownRows());
        Table table = viewer.getTable();
        table.addListener(SWT.Selection, event -> selectedRow().ifPresent(selected));
        table.addListener(SWT.DefaultSelection, event -> selectedRow().ifPresent(opened));
        viewer.setInput(this);
    }

    /** @return the viewer, for its columns */
    TableViewer viewer() {
        return viewer;
    }

    /** Shows {@code newRows} through the current filter. */
    void setRows(List<CaseloadRow> newRows) {
        rows = List.copyOf(newRows);
        refilter();
    }

    /** Shows the rows that pass {@code passes}, keeping the selected client selected if it passes. */
    void setFilter(Predicate<CaseloadRow> passes) {
        filter = passes;
        refilter();
    }

    /** Filters again, e.g. after the filter's inputs changed. */
    void refilter() {
        List<CaseloadRow> passing = rows.stream().filter(filter).toList();
        if (sameRows(passing, shown)) {
            return; // a letter more that hides no one: nothing to redraw, the selection stays
        }
        Optional<String> selectedId = selectedRow().map(CaseloadRow::id);
        shown = passing;
        Table table = viewer.getTable();
        table.deselectAll();
        viewer.setItemCount(shown.size());
        table.clearAll();
        selectedId.map(this::indexOf).filter(index -> index >= 0).ifPresent(table::select);
    }

    /** @return every row, shown or not */
    List<CaseloadRow> rows() {
        return rows;
    }

    /** @return the rows shown, top to bottom */
    List<CaseloadRow> shown() {
        return shown;
    }

    /** @return the row selected, if one is */
    Optional<CaseloadRow> selectedRow() {
        int index = viewer.getTable().getSelectionIndex();
        return index >= 0 && index < shown.size() ? Optional.of(shown.get(index)) : Optional.empty();
    }

    /**
     * Selects the client's row, scrolled into sight, and tells the listener as a click would.
     *
     * @return whether the client shows (a client the search or the filter hides is not selected)
     */
    boolean select(String clientId) {
        int index = indexOf(clientId);
        if (index < 0) {
            return false;
        }
        viewer.getTable().setSelection(index);
        selected.accept(shown.get(index));
        return true;
    }

    /**
     * Down in the search box moves into the list, onto the client selected there or else the first one shown; Enter
     * there opens that client. Either way the client shows in the Client view, as a click would do.
     *
     * @param open whether to open the client (as Enter or a double-click in the list does) rather than only select it
     */
    void enterFromSearch(boolean open) {
        if (shown.isEmpty()) {
            return;
        }
        Table table = viewer.getTable();
        CaseloadRow row = selectedRow().orElse(shown.get(0));
        table.setSelection(indexOf(row.id()));
        table.setFocus();
        (open ? opened : selected).accept(row);
    }

    private static boolean sameRows(List<CaseloadRow> some, List<CaseloadRow> others) {
        if (some.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (some.get(i) != others.get(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String clientId) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(clientId)) {
                return i;
            }
        }
        return -1;
    }

    /** Gives the table the row it asks for when the row comes into sight. */
    private final class ShownRows implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (index < shown.size()) {
                viewer.replace(shown.get(index), index);
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            // the rows are set through setRows
        }
    }
}
