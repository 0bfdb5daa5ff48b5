package org.casenotes.ui.record;

import java.time.LocalDate;
import java.util.Optional;

import org.casenotes.core.record.EpisodesOfCare;
import org.casenotes.core.record.PlanDrafts;
import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.lifecycle.Workplace;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Client &gt; Edit Treatment Plan…: edits a copy of the current plan version of the client shown in the overview (or
 * a first plan) in the {@link PlanDialog}; "Save" adds it as the next version of the client's open episode of care
 * ({@link PlanVersions#addVersion}, which supersedes the version before and leaves it as it was) and saves the
 * client's record through the store, audited as a change of the client. A client without an open episode is offered
 * one starting today, opened only when the plan is saved (admission proper is Client &gt; Admit).
 */
public final class EditPlanHandler extends AbstractHandler {

    /** The title of the question asked when the client has no open episode of care. */
    public static final String NO_EPISODE = "No Open Episode";
    /** The title of the error shown when the plan could not be saved. */
    public static final String NOT_SAVED = "Treatment Plan Not Saved";

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
        try {
            CaseloadStore store = Workplace.store();
            Optional<Client> shown = ClientRecordTarget.shownClientRecord(page, store, shell, PlanDialog.TITLE);
            if (shown.isEmpty()) {
                return null;
            }
            Client client = shown.get();
            LocalDate today = LocalDate.now();
            Optional<EpisodeOfCare> open = EpisodesOfCare.open(client);
            if (open.isEmpty() && MessageDialog.open(MessageDialog.QUESTION, shell, NO_EPISODE,
                    name(client) + " has no open episode of care, and a treatment plan belongs to one.\n\n"
                            + "Open an episode starting today (" + today + ") with this plan? It is opened when you "
                            + "save the plan.",
                    SWT.NONE, "Open Episode and Write Plan", "Cancel") != 0) {
                return null;
            }
            Optional<TreatmentPlan> current = open.flatMap(PlanVersions::current);
            String author = Workplace.profile().id();
            TreatmentPlan draft = current.map(plan -> PlanDrafts.revisionOf(plan, today, author))
                    .orElseGet(() -> PlanDrafts.first(today, author));
            String versionNote = current.map(plan -> "Saved as version " + (plan.getVersion() + 1) + "; version "
                    + plan.getVersion() + " stays readable as it is.").orElse("Saved as version 1.");
            PlanDialog dialog = new PlanDialog(shell, draft, name(client), versionNote, client.getDiagnoses());
            if (dialog.open() != PlanDialog.OK) {
                return null;
            }
            EpisodeOfCare episode = open.orElseGet(() -> openEpisode(client, today, author));
            PlanVersions.addVersion(episode, dialog.saved().orElseThrow());
            store.saveClient(client);
            ClientOverviewView.refreshIfShowing(page, client.getId());
            CaseloadView.reloadIfShowing(page, client.getId());
        } catch (CaseloadStoreException | IllegalStateException | IllegalArgumentException e) {
            MessageDialog.openError(shell, NOT_SAVED, "The plan was not saved: " + e.getMessage());
        }
        return null;
    }

    private static EpisodeOfCare openEpisode(Client client, LocalDate today, String clinicianId) {
        return EpisodesOfCare.openFor(client, PlanDrafts.newId(), today, clinicianId);
    }

    private static String name(Client client) {
        return client.getPreferredName() == null || client.getPreferredName().isBlank() ? client.getLegalName()
                : client.getPreferredName();
    }
}
