package org.casenotes.ui.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The notes open when Casenotes was closed, opened again at the next start once their caseload is open (for a
 * clinician's own caseload: after its passphrase was given). Only which notes they were is kept (client and note
 * id, per caseload, in the data folder's preferences), never what they say; psychotherapy notes are not reopened.
 * The note that was in front comes to the front again.
 */
public final class NotesLeftOpen {

    private static final String KEY = "notesLeftOpen.";

    private NotesLeftOpen() {
    }

    /** Remembers the record notes open in {@code page} for the open caseload (called as the workbench closes). */
    public static void remember(IWorkbenchPage page) {
        CaseloadSession session = CaseloadSession.current();
        if (page == null || session.store() == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        IEditorPart active = page.getActiveEditor();
        String activeLine = null;
        for (IEditorReference reference : page.getEditorReferences()) {
            IEditorPart editor = reference.getEditor(false);
            NoteEditorInput input = NoteOpener.inputOf(editor);
            if (input == null || input.isPsychotherapyNote() || input.note().getClientId() == null) {
                continue;
            }
            String line = input.note().getClientId() + "\t" + input.note().getId();
            if (editor == active) {
                activeLine = line;
            } else {
                lines.add(line);
            }
        }
        if (activeLine != null) {
            lines.add(activeLine);
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.put(key(session), String.join("\n", lines));
        flush(preferences);
    }

    /**
     * Opens in {@code page}, once the caseload is open (and unlocked), the notes remembered for it at the last exit,
     * then forgets them.
     */
    public static void reopenWhenCaseloadOpens(IWorkbenchPage page) {
        CaseloadSession.current().whenOpen(session -> Display.getDefault().asyncExec(() -> reopen(page, session)));
    }

    /** @return the notes remembered for the open caseload, as "client id TAB note id", the front one last */
    public static List<String> remembered() {
        String stored = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE)
                .get(key(CaseloadSession.current()), "");
        return stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }

    /** Opens the remembered notes of {@code session}'s caseload in {@code page} and forgets them. */
    static void reopen(IWorkbenchPage page, CaseloadSession session) {
        CaseloadStore store = session.store();
        if (store == null || store.isLocked() || page.getWorkbenchWindow().getShell().isDisposed()) {
            return;
        }
        List<String> lines = remembered();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.remove(key(session));
        flush(preferences);
        for (String line : lines) {
            String[] ids = line.split("\t");
            if (ids.length != 2) {
                continue;
            }
            try {
                Optional<Client> client = store.loadClient(ids[0]);
                Optional<Note> note = client.flatMap(found -> found.getNotes().stream()
                        .filter(candidate -> ids[1].equals(candidate.getId())).findFirst());
                if (note.isPresent()) {
                    NoteOpening.openInEditor(page, store, client.get(), note.get());
                }
            } catch (CaseloadStoreException | PartInitException | IllegalStateException e) {
                ILog.of(NotesLeftOpen.class).warn("The note " + ids[1] + " open at the last exit was not reopened: "
                        + e.getMessage(), e);
            }
        }
    }

    private static String key(CaseloadSession session) {
        return KEY + (session.isDemo() ? "demo" : session.location().map(Object::toString).orElse(session.name()));
    }

    private static void flush(IEclipsePreferences preferences) {
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            ILog.of(NotesLeftOpen.class).warn("The notes open at exit could not be remembered: " + e.getMessage(), e);
        }
    }
}
