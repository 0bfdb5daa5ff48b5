package org.casenotes.ui.caseload;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.server.AgencySession;
import org.casenotes.store.server.KeptDraft;
import org.casenotes.store.server.KeptDraftSave;
import org.casenotes.store.server.KeptDrafts;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Right after signing in to an agency server: the drafts an earlier session of the account kept on this computer
 * because the server could not be reached (the workbench may have closed or crashed since) are offered, to be saved
 * to the server now or kept for the next sign-in. Nothing is lost either way.
 */
final class KeptDraftsOffer {

    /** The offer's title. */
    static final String TITLE = ServerWatch.TITLE;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.systemDefault());

    private KeptDraftsOffer() {
    }

    /**
     * Offers the kept drafts of {@code session}, if there are any.
     *
     * @return what became of each kept draft saved at the clinician's word (empty if none was)
     */
    static List<KeptDraftSave> offer(Shell shell, AgencySession session) {
        KeptDrafts kept = session.keptDrafts().orElse(null);
        if (kept == null) {
            return List.of();
        }
        List<KeptDraft> drafts = kept.all();
        int unreadable = kept.unreadable();
        String cannotOpen = unreadable == 0 ? "" : "\n\n" + unreadable + " kept draft(s) cannot be opened with this"
                + " password (they were kept under your account's former password); they stay on this computer.";
        if (drafts.isEmpty()) {
            if (unreadable > 0) {
                MessageDialog.openWarning(shell, TITLE, cannotOpen.strip());
            }
            return List.of();
        }
        String list = drafts.stream().map(draft -> "\u2022 " + ServerWatch.named(session, draft.draft()) + ", kept "
                + WHEN.format(draft.keptAt()))
                .collect(Collectors.joining("\n"));
        if (!MessageDialog.openQuestion(shell, TITLE, drafts.size() + " draft(s) were kept on this computer,"
                + " encrypted, while the agency server could not be reached:\n\n" + list + cannotOpen
                + "\n\nSave them to the server now? (No keeps them here, and they are offered again at the next"
                + " sign-in.)")) {
            return List.of();
        }
        try {
            List<KeptDraftSave> saves = session.saveKeptDrafts();
            MessageDialog.openInformation(shell, TITLE, saves.stream().map(save -> ServerWatch.line(session, save))
                    .collect(Collectors.joining("\n")));
            ServerWatch.askAboutSignedMeanwhile(shell, session, saves);
            return saves;
        } catch (CaseloadStoreException e) {
            MessageDialog.openError(shell, TITLE, "The kept drafts were not saved, and stay on this computer: "
                    + e.getMessage());
            return List.of();
        }
    }
}
