package org.casenotes.ui.lifecycle;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.casenotes.model.record.Note;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDraft;
import org.casenotes.store.server.ServerUnreachableException;
import org.casenotes.ui.caseload.ServerWatch;
import org.casenotes.ui.forms.DraftKeeper;
import org.casenotes.ui.forms.DraftKeptHereException;
import org.casenotes.ui.forms.NoteEditorInput.NoteSaver;

/**
 * Where a record note of an agency server's caseload is saved when the server may be out of reach: to the server
 * as usual; while it cannot be reached, the draft (saved, or autosaved as a working copy) is kept on this computer,
 * encrypted under the account's password ({@link org.casenotes.store.server.KeptDrafts KeptDrafts}), and the
 * clinician is told so; {@link ServerWatch} saves it to the server once it answers again.
 */
final class ServerNoteHome {

    /** What a save refused by an unreachable server tells the clinician. */
    static final String KEPT = "The agency server cannot be reached; your draft is kept on this computer, encrypted,"
            + " and will be saved to the server when it can be reached.";

    private ServerNoteHome() {
    }

    /** @return the note home of {@code session}'s clinical record, keeping drafts locally while offline */
    static NoteHome of(AgencySession session) {
        return new NoteHome(saver(session), new Keeper(session, new StoreDraftKeeper(session.store())), false);
    }

    private static NoteSaver saver(AgencySession session) {
        return note -> {
            try {
                session.store().saveNote(note);
            } catch (ServerUnreachableException e) {
                session.keepOffline(note);
                ServerWatch.unreachable(session);
                throw new DraftKeptHereException(KEPT, e);
            }
            // saved: an older copy kept while offline is superseded (and must not overwrite this save later)
            session.keptDrafts().ifPresent(kept -> kept.discard(note.getId()));
            ServerWatch.reached(session);
        };
    }

    /** Keeps working copies in the server's autosave slot, or on this computer while the server is out of reach. */
    private record Keeper(AgencySession session, DraftKeeper server) implements DraftKeeper {

        @Override
        public void keep(Note draft) {
            try {
                server.keep(draft);
            } catch (ServerUnreachableException e) {
                session.keepOffline(draft);
                ServerWatch.unreachable(session);
            }
        }

        @Override
        public Optional<Note> recover(String noteId) {
            return keptHereOrThere(noteId, KeptDraft::draft, server::recover);
        }

        @Override
        public Optional<Instant> keptAt(String noteId) {
            return keptHereOrThere(noteId, KeptDraft::keptAt, server::keptAt);
        }

        /** @return what was kept on this computer (newer), else in the server's slot if it can be reached */
        private <T> Optional<T> keptHereOrThere(String noteId, Function<KeptDraft, T> here,
                Function<String, Optional<T>> there) {
            Optional<KeptDraft> local = session.keptDrafts().flatMap(kept -> kept.find(noteId));
            if (local.isPresent()) {
                return local.map(here);
            }
            try {
                return there.apply(noteId);
            } catch (ServerUnreachableException e) {
                return Optional.empty();
            }
        }

        @Override
        public void discard(String noteId) {
            session.keptDrafts().ifPresent(kept -> kept.discard(noteId));
            try {
                server.discard(noteId);
            } catch (ServerUnreachableException e) {
                // nothing was kept there while it could not be reached
            }
        }
    }
}
