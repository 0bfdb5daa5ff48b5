package org.casenotes.ui.lifecycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.casenotes.core.lifecycle.DraftRequest;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.PsychotherapyNotes;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Psychotherapy (process) notes, reached only through this action: choose a client, then write a new private note or
 * open one of the client's earlier ones. They are kept through the store's separate {@link PsychotherapyNotes}, so
 * they never enter the record, its timeline, exports or letters.
 */
public final class PsychotherapyNoteHandler extends AbstractHandler {

    private static final String TITLE = "Psychotherapy Notes (private, kept apart from the record)";
    private static final String NEW_NOTE = "\u271A New psychotherapy note";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<ClientSummary> client = choose(shell, "Whose psychotherapy notes?", store.listClients(),
                    summary -> summary.displayName() + " (" + summary.id() + ")");
            if (client.isEmpty()) {
                return null;
            }
            PsychotherapyNotes notes = store.psychotherapyNotes();
            List<Object> choices = new ArrayList<>(List.of(NEW_NOTE));
            choices.addAll(notes.notebook(client.get().id()).getNotes());
            Optional<Object> chosen = choose(shell, "Write a new note or open an earlier one:", choices,
                    PsychotherapyNoteHandler::label);
            if (chosen.isPresent()) {
                open(page, store, client.get().id(), chosen.get() instanceof Note note ? note : null);
            }
        } catch (IllegalStateException | CaseloadStoreException | PartInitException e) {
            MessageDialog.openError(shell, TITLE, e.getMessage());
        }
        return null;
    }

    private static void open(IWorkbenchPage page, CaseloadStore store, String clientId, Note existing)
            throws PartInitException {
        Client client = store.loadClient(clientId).orElseThrow();
        WorkbenchRules rules = Workplace.rules();
        if (existing != null) {
            NoteOpener.openStored(page, client, existing, rules, NoteHome.psychotherapyNotes(store));
            return;
        }
        FormDefinition form = NoteForms.installed().ofKind(FormKind.PSYCHOTHERAPY).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No psychotherapy note template is installed."));
        Note note = rules.lifecycle(client).createDraft(form,
                DraftRequest.of(clientId, Workplace.profile().id(), LocalDate.now()));
        store.psychotherapyNotes().save(note);
        NoteOpener.open(page, client, note, form, rules, NoteHome.psychotherapyNotes(store));
    }

    private static String label(Object choice) {
        if (choice instanceof Note note) {
            return "Psychotherapy note of " + note.getDateOfService() + " ("
                    + note.getStatus().getName().toLowerCase(Locale.ROOT) + ")";
        }
        return String.valueOf(choice);
    }

    private static <T> Optional<T> choose(Shell shell, String message, List<T> elements,
            Function<T, String> labels) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                return labels.apply((T) element);
            }
        });
        dialog.setTitle(TITLE);
        dialog.setMessage(message);
        dialog.setElements(elements.toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T result = (T) dialog.getFirstResult();
        return Optional.of(result);
    }
}
