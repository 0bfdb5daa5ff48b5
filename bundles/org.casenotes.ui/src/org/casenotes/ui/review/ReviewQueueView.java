package org.casenotes.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.casenotes.core.lifecycle.LifecycleException;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.Role;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.NoteReview;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * A supervisor's Review Queue on an agency server: the notes their supervisees submitted for review or signed, oldest
 * first, with the rules' findings; Co-sign a signed note, Return a submitted one with a comment, or open it (double
 * click). The server decides whose notes are listed and refuses a co-signature or return by anyone but the assigned
 * supervisor; the view only asks. On a caseload folder it says the queue belongs to an agency server.
 */
public final class ReviewQueueView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.casenotes.ui.review";
    /** The title of the co-signing confirmation. */
    public static final String COSIGN_TITLE = "Co-sign Note";
    /** The title of the dialog that asks for the comment of a returned note. */
    public static final String RETURN_TITLE = "Return Note";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Label summary;
    private TableViewer table;
    private Button cosign;
    private Button giveBack;
    private List<QueuedNote> shown = List.of();
    private final Consumer<Boolean> lockFollower = locked -> refreshIfLive();
    private final Consumer<CaseloadSession> switchFollower = session -> refreshIfLive();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Waiting since", 130, queued -> WHEN.format(queued.entry().waitingSince()));
        column("Client", 160, queued -> queued.client().getLegalName());
        column("Author", 150, queued -> queued.entry().author());
        column("Note", 200, queued -> queued.templateTitle() + Optional.ofNullable(queued.entry().dateOfService())
                .map(date -> ", " + date).orElse(""));
        column("Waiting for", 150, QueuedNote::waitingFor);
        column("Findings", 380, QueuedNote::findingsSummary);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(3, false));
        cosign = button(buttons, "&Co-sign…", this::cosignSelected);
        giveBack = button(buttons, "&Return with Comment…", this::returnSelected);
        button(buttons, "Re&fresh", this::refresh);
        table.addSelectionChangedListener(event -> enableButtons());
        table.addOpenListener(event -> selected().ifPresent(this::open));
        CaseloadSession.current().whenOpen(session -> refreshIfLive());
        CaseloadSession.current().whenLockChanges(lockFollower);
        CaseloadSession.current().whenSwitched(switchFollower);
        enableButtons();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private void column(String title, int width, Function<QueuedNote, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((QueuedNote) element);
            }
        });
    }

    private void refreshIfLive() {
        if (!table.getTable().isDisposed()) {
            refresh();
        }
    }

    /** Reads the queue from the server again. */
    public void refresh() {
        CaseloadSession session = CaseloadSession.current();
        Optional<AgencySession> agency = session.agency();
        if (agency.isEmpty()) {
            show(List.of(), "The Review Queue lists your supervisees' notes on an agency server. Open one with File >"
                    + " Open Agency Server\u2026");
            return;
        }
        if (session.isLocked()) {
            show(List.of(), "Caseload locked \u2014 the queue comes back when it is unlocked.");
            return;
        }
        if (agency.get().account().role() != Role.SUPERVISOR) {
            show(List.of(), "Your account " + agency.get().account().userId() + " supervises nobody on this server:"
                    + " there is nothing to review.");
            return;
        }
        try {
            List<QueuedNote> queue = new ArrayList<>();
            BusyIndicator.showWhile(table.getTable().getDisplay(), () -> queue.addAll(new ReviewQueue(agency.get(),
                    NoteForms.installed(), Workplace.rules()).read()));
            show(queue, queue.isEmpty() ? "No note is waiting for your review."
                    : queue.size() + (queue.size() == 1 ? " note waits" : " notes wait")
                            + " for your review, oldest first.");
        } catch (CaseloadStoreException e) {
            show(List.of(), e.getMessage());
        }
    }

    private void show(List<QueuedNote> queue, String text) {
        shown = List.copyOf(queue);
        table.setInput(shown);
        summary.setText(text);
        summary.getParent().layout(true, true);
        enableButtons();
    }

    private Optional<QueuedNote> selected() {
        return Optional.ofNullable((QueuedNote) ((IStructuredSelection) table.getSelection()).getFirstElement());
    }

    private void enableButtons() {
        Optional<QueuedNote> chosen = selected();
        cosign.setEnabled(chosen.map(QueuedNote::canBeCosigned).orElse(false));
        giveBack.setEnabled(chosen.map(QueuedNote::canBeReturned).orElse(false));
    }

    /** Co-signs the selected note after the supervisor confirmed it. */
    private void cosignSelected() {
        selected().filter(QueuedNote::canBeCosigned).ifPresent(queued -> {
            if (MessageDialog.openConfirm(getSite().getShell(), COSIGN_TITLE, "Co-sign the note of "
                    + queued.entry().author() + " for " + queued.client().getLegalName() + " as "
                    + Workplace.profile().signatureLine() + "?")) {
                act(review -> review.cosign(queued.note()));
            }
        });
    }

    /** Returns the selected note to its author with the comment the supervisor writes. */
    private void returnSelected() {
        selected().filter(QueuedNote::canBeReturned).ifPresent(queued -> {
            InputDialog comment = new InputDialog(getSite().getShell(), RETURN_TITLE, "What should "
                    + queued.entry().author() + " change before signing? They see this with the note.", "",
                    text -> text.isBlank() ? "Write what should change." : null);
            if (comment.open() == Window.OK) {
                act(review -> review.returnForRevision(queued.note(), comment.getValue().strip()));
            }
        });
    }

    private void act(Consumer<NoteReview> step) {
        try {
            step.accept(new NoteReview(Workplace.store(), Workplace.rules(), Workplace.profile()));
        } catch (CaseloadStoreException | LifecycleException | IllegalStateException e) {
            MessageDialog.open(MessageDialog.ERROR, getSite().getShell(), "Review Queue", e.getMessage(), SWT.NONE,
                    IDialogConstants.OK_LABEL);
        }
        refresh();
    }

    private void open(QueuedNote queued) {
        try {
            NoteOpener.openStored(getSite().getPage(), queued.client(), queued.note(), Workplace.rules(),
                    NoteHome.record(Workplace.store()));
        } catch (PartInitException | IllegalStateException e) {
            MessageDialog.openError(getSite().getShell(), "Review Queue", e.getMessage());
        }
    }

    /** @return the notes listed, in the order shown */
    public List<QueuedNote> shownNotes() {
        return table.getTable().getItemCount() == 0 ? List.of()
                : Arrays.stream(table.getTable().getItems()).map(item -> (QueuedNote) item.getData()).toList();
    }

    /** @return the line above the list */
    public String summaryText() {
        return summary.getText();
    }

    /** Selects the row of {@code noteId}, as a click on it does. */
    public void select(String noteId) {
        shown.stream().filter(queued -> queued.note().getId().equals(noteId)).findFirst()
                .ifPresent(queued -> table.setSelection(new StructuredSelection(queued), true));
        enableButtons();
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }

    @Override
    public void dispose() {
        CaseloadSession.current().removeLockListener(lockFollower);
        CaseloadSession.current().removeSwitchListener(switchFollower);
        super.dispose();
    }
}
