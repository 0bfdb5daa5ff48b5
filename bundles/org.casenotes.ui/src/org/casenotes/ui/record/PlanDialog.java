package org.casenotes.ui.record;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.core.record.PlanCheck;
import org.casenotes.core.record.PlanFinding;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Objective;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Client &gt; Edit Treatment Plan…: the plan's problems, goals, measurable objectives and interventions as a tree on
 * the left, the selected row's fields on the right, the plan's date and next review above. It edits a draft (a copy
 * of the current version, or a first plan), so the version in the record is never touched; "Save" makes the draft
 * the next version. Rows are added, removed and moved with the buttons beside the tree; every change can be undone
 * with Ctrl+Z (or the Undo button) and redone with Ctrl+Y. What keeps the plan from being saved is said at its
 * field, marked in the tree and summed up in the title area, and "Save" stays disabled until nothing is wrong.
 * Cancelling a changed draft asks first.
 */
public final class PlanDialog extends TitleAreaDialog {

    /** The window title. */
    public static final String TITLE = "Edit Treatment Plan";

    private final String clientName;
    private final String versionNote;
    private final PlanEditing editing;
    private final PlanRows rows;
    private final List<Diagnosis> diagnoses;
    private final Map<PlanFields.At, String> unreadableDates = new HashMap<>();
    private final PlanOutline.Labels labels = new PlanOutline.Labels();
    private final Map<String, Button> buttons = new LinkedHashMap<>();
    private TreeViewer tree;
    private PlanFields planFields;
    private PlanFields rowFields;
    private EObject selected;

    /**
     * @param draft       the plan to edit: a copy, never a version in the record
     * @param clientName  whose plan it is
     * @param versionNote what saving does, e.g. "Saved as version 3; version 2 stays as it is."
     * @param diagnoses   the client's diagnoses, which a problem's diagnosis is chosen from
     */
    PlanDialog(Shell parent, TreatmentPlan draft, String clientName, String versionNote, List<Diagnosis> diagnoses) {
        super(parent);
        this.editing = new PlanEditing(draft);
        this.rows = new PlanRows(editing);
        this.clientName = clientName;
        this.versionNote = versionNote;
        this.diagnoses = List.copyOf(diagnoses);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
        UndoKeys.install(shell, this::undo, this::redo);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Treatment plan for " + clientName);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(10, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Composite dates = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(dates);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(dates);
        planFields = new PlanFields(dates, editing, diagnoses, unreadableDates, this::edited);
        planFields.show(editing.draft());

        tree = new TreeViewer(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new PlanOutline());
        tree.setLabelProvider(labels);
        tree.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        tree.setInput(editing.draft());
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 380).applyTo(tree.getControl());
        tree.addSelectionChangedListener(event -> select((EObject) tree.getStructuredSelection().getFirstElement()));

        Composite rowButtons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(rowButtons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(rowButtons);
        rowButton(rowButtons, "Add &Problem", () -> added(Optional.of(rows.addProblem())));
        rowButton(rowButtons, "Add &Goal", () -> added(rows.addGoal(selected)));
        rowButton(rowButtons, "Add &Objective", () -> added(rows.addObjective(selected)));
        rowButton(rowButtons, "Add &Intervention", () -> added(rows.addIntervention(selected)));
        gap(rowButtons);
        rowButton(rowButtons, "&Remove", this::remove);
        rowButton(rowButtons, "Move &Up", () -> rows.move(selected, -1));
        rowButton(rowButtons, "Move Do&wn", () -> rows.move(selected, 1));
        gap(rowButtons);
        rowButton(rowButtons, "Undo", this::undo).setToolTipText("Ctrl+Z");
        rowButton(rowButtons, "Redo", this::redo).setToolTipText("Ctrl+Y");

        Composite rowPane = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 4).applyTo(rowPane);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, SWT.DEFAULT).applyTo(rowPane);
        rowFields = new PlanFields(rowPane, editing, diagnoses, unreadableDates, this::edited);
        editing.stack().addCommandStackListener(event -> {
            if (editing.editingAField()) {
                updateButtons();
            } else {
                afterUndoOrRowChange();
            }
        });
        List<Problem> problems = editing.draft().getProblems();
        if (!problems.isEmpty()) {
            tree.setSelection(new StructuredSelection(problems.get(0)), true);
        } else {
            select(null);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    @Override
    public void create() {
        super.create();
        rowFields.focusFirst();
    }

    private Button rowButton(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(button);
        button.addListener(SWT.Selection, event -> action.run());
        buttons.put(label.replace("&", ""), button);
        return button;
    }

    private static void gap(Composite parent) {
        GridDataFactory.swtDefaults().hint(SWT.DEFAULT, 6).applyTo(new Label(parent, SWT.NONE));
    }

    private void select(EObject element) {
        selected = element;
        rowFields.show(element);
        validate();
        updateButtons();
    }

    /** An edit typed or chosen in a field: the tree's label follows, and the draft is checked again. */
    private void edited(EObject element) {
        if (element != editing.draft()) {
            tree.update(element, null);
        }
        validate();
        updateButtons();
    }

    /** After Undo, Redo or a row added, removed or moved, the tree and the fields show the draft as it now is. */
    private void afterUndoOrRowChange() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        unreadableDates.clear();
        tree.refresh();
        tree.expandAll();
        planFields.show(editing.draft());
        EObject keep = selected != null && inDraft(selected) ? selected : null;
        if (keep == null && !editing.draft().getProblems().isEmpty()) {
            keep = editing.draft().getProblems().get(0);
        }
        tree.setSelection(keep == null ? StructuredSelection.EMPTY : new StructuredSelection(keep), true);
        select(keep);
    }

    private boolean inDraft(EObject element) {
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at == editing.draft()) {
                return true;
            }
        }
        return false;
    }

    /** A row was added: it is selected (the stack's listener shows it) and its first field takes the typing. */
    private void added(Optional<? extends EObject> row) {
        row.ifPresent(added -> {
            selected = added;
            tree.setSelection(new StructuredSelection(added), true);
            rowFields.focusFirst();
        });
    }

    private void remove() {
        if (PlanRows.isRow(selected)) {
            EObject next = rows.remove(selected);
            tree.setSelection(next instanceof TreatmentPlan ? StructuredSelection.EMPTY
                    : new StructuredSelection(next), true);
        }
    }

    private void undo() {
        if (editing.stack().canUndo()) {
            editing.stack().undo();
        }
    }

    private void redo() {
        if (editing.stack().canRedo()) {
            editing.stack().redo();
        }
    }

    private void updateButtons() {
        enable("Add Goal", PlanRows.enclosing(selected, Problem.class).isPresent());
        enable("Add Objective", PlanRows.enclosing(selected, Goal.class).isPresent());
        enable("Add Intervention", PlanRows.enclosing(selected, Objective.class).isPresent());
        enable("Remove", PlanRows.isRow(selected));
        enable("Move Up", PlanRows.canMove(selected, -1));
        enable("Move Down", PlanRows.canMove(selected, 1));
        enable("Undo", editing.stack().canUndo());
        enable("Redo", editing.stack().canRedo());
    }

    private void enable(String label, boolean enabled) {
        Button button = buttons.get(label);
        if (button != null && !button.isDisposed()) {
            button.setEnabled(enabled);
        }
    }

    /** @return what keeps the draft from being saved, by field; also shown at the fields, the tree and the title */
    private Map<PlanFields.At, String> validate() {
        if (tree == null || rowFields == null) {
            return Map.of();
        }
        Map<PlanFields.At, String> wrong = new LinkedHashMap<>();
        List<PlanFinding> findings = PlanCheck.findings(editing.draft());
        unreadableDates.forEach((at, typed) -> wrong.put(at, PlanFields.unreadable(typed)));
        for (PlanFinding finding : findings) {
            wrong.putIfAbsent(new PlanFields.At(finding.element(), finding.field()), finding.message());
        }
        planFields.showFindings(wrong);
        rowFields.showFindings(wrong);
        labels.wrong(wrong.keySet().stream().map(PlanFields.At::element).collect(Collectors.toSet()));
        tree.refresh(true);
        if (wrong.isEmpty()) {
            setErrorMessage(null);
            setMessage(versionNote + " Ctrl+Z undoes a change.");
        } else {
            Map.Entry<PlanFields.At, String> firstWrong = wrong.entrySet().iterator().next();
            EObject where = firstWrong.getKey().element();
            String place = where == editing.draft() ? "" : PlanOutline.number(where) + ": ";
            setErrorMessage(place + firstWrong.getValue()
                    + (wrong.size() > 1 ? " (and " + (wrong.size() - 1) + " more to fix)" : ""));
        }
        Button save = getButton(IDialogConstants.OK_ID);
        if (save != null) {
            save.setEnabled(wrong.isEmpty());
        }
        Shell shell = getShell();
        if (shell != null && shell.isVisible()) {
            int wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT).y;
            if (wanted > shell.getSize().y) {
                shell.setSize(shell.getSize().x, wanted);
            }
        }
        return wrong;
    }

    @Override
    protected void okPressed() {
        if (validate().isEmpty()) {
            super.okPressed();
        }
    }

    @Override
    protected void cancelPressed() {
        if (mayDiscard()) {
            super.cancelPressed();
        }
    }

    @Override
    protected void handleShellCloseEvent() {
        if (mayDiscard()) {
            super.handleShellCloseEvent();
        }
    }

    /** @return whether the dialog may close without saving: nothing was changed, or the user lets the changes go */
    private boolean mayDiscard() {
        if (!editing.changed() && unreadableDates.isEmpty()) {
            return true;
        }
        MessageDialog ask = new MessageDialog(getShell(), "Discard Plan Changes", null,
                "The changes to " + clientName + "'s treatment plan have not been saved. Discard them?",
                MessageDialog.QUESTION, 1, "Discard Changes", "Keep Editing");
        return ask.open() == 0;
    }

    /** @return the edited draft, once the dialog was closed with "Save" */
    Optional<TreatmentPlan> saved() {
        return getReturnCode() == OK ? Optional.of(editing.finish()) : Optional.empty();
    }
}
