package org.casenotes.ui.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Checks the notes of the whole caseload that still matter: every unsigned note (draft, submitted, returned) and
 * every note whose day of service lies within the recent window, with the rules under the agency's settings. Notes
 * whose template is not installed are counted as skipped. Runs off the display thread.
 */
public final class CaseloadScan {

    /** Days back from today within which signed notes are checked too. */
    public static final int RECENT_DAYS = 14;

    private final CaseloadStore store;
    private final NoteForms forms;
    private final WorkbenchRules rules;
    private final LocalDate today;

    /** What a scan found. */
    public record Result(List<CaseloadFinding> findings, int notesChecked, int notesSkipped) {
    }

    public CaseloadScan(CaseloadStore store, NoteForms forms, WorkbenchRules rules, LocalDate today) {
        this.store = store;
        this.forms = forms;
        this.rules = rules;
        this.today = today;
    }

    /** @throws OperationCanceledException if {@code monitor} is cancelled */
    public Result run(IProgressMonitor monitor) {
        List<ClientSummary> clients = store.listClients();
        SubMonitor progress = SubMonitor.convert(monitor, "Checking the caseload's notes", clients.size());
        List<CaseloadFinding> findings = new ArrayList<>();
        int checked = 0;
        int skipped = 0;
        for (ClientSummary summary : clients) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(summary.displayName());
            Optional<Client> client = store.loadClient(summary.id());
            if (client.isEmpty()) {
                progress.worked(1);
                continue;
            }
            for (Note note : client.get().getNotes()) {
                if (!matters(note)) {
                    continue;
                }
                Optional<FormDefinition> form = forms.form(note.getTemplateId(), note.getTemplateVersion());
                if (form.isEmpty()) {
                    skipped++;
                    continue;
                }
                checked++;
                for (Finding finding : rules.check(note, form.get(), client.get())) {
                    findings.add(new CaseloadFinding(summary.id(), summary.displayName(), note.getId(),
                            NoteForms.title(form.get()), note.getDateOfService(), finding));
                }
            }
            progress.worked(1);
        }
        findings.sort(Comparator.comparing((CaseloadFinding f) -> f.finding().severity()).reversed()
                .thenComparing(CaseloadFinding::clientName).thenComparing(CaseloadFinding::location));
        return new Result(List.copyOf(findings), checked, skipped);
    }

    private boolean matters(Note note) {
        boolean unsigned = note.getStatus() == NoteStatus.DRAFT || note.getStatus() == NoteStatus.SUBMITTED
                || note.getStatus() == NoteStatus.RETURNED;
        return unsigned || note.getDateOfService() != null
                && !note.getDateOfService().isBefore(today.minusDays(RECENT_DAYS));
    }
}
