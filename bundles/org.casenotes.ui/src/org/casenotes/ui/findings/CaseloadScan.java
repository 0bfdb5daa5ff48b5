package org.casenotes.ui.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casenotes.core.rules.Finding;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.NoteReference;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Checks the notes of the caseload that still matter: every note the store's index lists as needing attention
 * (draft, submitted, returned) and every note whose day of service lies within the recent window, with the rules
 * under the agency's settings. The notes are chosen from the index, so only the records of clients with such notes
 * are loaded (the rules need the client's record as context). Notes whose template version is not installed are
 * counted as skipped without being loaded. Runs off the display thread.
 */
public final class CaseloadScan {

    /** Days back from today within which signed notes are checked too. */
    public static final int RECENT_DAYS = 14;

    private final CaseloadStore store;
    private final NoteForms forms;
    private final WorkbenchRules rules;
    private final LocalDate today;

    /**
     * What a scan found.
     *
     * @param findings       the findings, most severe first, then by client and place
     * @param notesChecked   how many notes were checked
     * @param notesSkipped   how many notes were not checked because their template version is not installed
     * @param clientsLoaded  how many client records were loaded to check them
     */
    public record Result(List<CaseloadFinding> findings, int notesChecked, int notesSkipped, int clientsLoaded) {
    }

    public CaseloadScan(CaseloadStore store, NoteForms forms, WorkbenchRules rules, LocalDate today) {
        this.store = store;
        this.forms = forms;
        this.rules = rules;
        this.today = today;
    }

    /** @throws OperationCanceledException if {@code monitor} is cancelled */
    public Result run(IProgressMonitor monitor) {
        Map<String, List<NoteReference>> byClient = notesThatMatter().stream()
                .collect(Collectors.groupingBy(NoteReference::clientId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> names = store.listClients().stream()
                .collect(Collectors.toMap(ClientSummary::id, ClientSummary::displayName));
        SubMonitor progress = SubMonitor.convert(monitor, "Checking the caseload's notes", byClient.size());
        List<CaseloadFinding> findings = new ArrayList<>();
        int checked = 0;
        int skipped = 0;
        int loaded = 0;
        for (Map.Entry<String, List<NoteReference>> entry : byClient.entrySet()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            String clientName = names.getOrDefault(entry.getKey(), entry.getKey());
            progress.subTask(clientName);
            List<NoteReference> checkable = entry.getValue().stream()
                    .filter(note -> forms.form(note.templateId(), note.templateVersion()).isPresent()).toList();
            skipped += entry.getValue().size() - checkable.size();
            Optional<Client> client = checkable.isEmpty() ? Optional.empty() : store.loadClient(entry.getKey());
            if (client.isPresent()) {
                loaded++;
                Set<String> wanted = checkable.stream().map(NoteReference::noteId).collect(Collectors.toSet());
                for (Note note : client.get().getNotes()) {
                    if (wanted.contains(note.getId())) {
                        FormDefinition form = forms.form(note.getTemplateId(), note.getTemplateVersion())
                                .orElseThrow();
                        checked++;
                        for (Finding finding : rules.check(note, form, client.get())) {
                            findings.add(new CaseloadFinding(entry.getKey(), clientName, note.getId(),
                                    NoteForms.title(form), note.getDateOfService(), finding));
                        }
                    }
                }
            }
            progress.worked(1);
        }
        findings.sort(Comparator.comparing((CaseloadFinding f) -> f.finding().severity()).reversed()
                .thenComparing(CaseloadFinding::clientName).thenComparing(CaseloadFinding::location));
        return new Result(List.copyOf(findings), checked, skipped, loaded);
    }

    /** @return the unsigned notes and the recent ones, each once, from the store's index */
    private List<NoteReference> notesThatMatter() {
        Map<String, NoteReference> notes = new LinkedHashMap<>();
        store.notesNeedingAttention().forEach(note -> notes.put(note.noteId(), note));
        store.notesServedSince(today.minusDays(RECENT_DAYS)).forEach(note -> notes.putIfAbsent(note.noteId(), note));
        return List.copyOf(notes.values());
    }
}
