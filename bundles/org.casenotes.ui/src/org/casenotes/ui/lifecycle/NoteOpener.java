package org.casenotes.ui.lifecycle;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.PlanStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditorInput.NoteSaver;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.PlanElement;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens notes in the note form editor, checked with the agency's rules and saved where they belong (the record, or
 * the separate psychotherapy notes). When the store cannot take a save (locked, closed, unavailable), the editor
 * keeps the note and its unsaved changes, and the clinician is told why.
 */
public final class NoteOpener {

    private NoteOpener() {
    }

    /**
     * Opens {@code note} of {@code client}, replacing an editor already showing it (so that a note just signed or
     * given an addendum is shown as stored).
     *
     * @param saver where saving the note goes
     */
    public static IEditorPart open(IWorkbenchPage page, Client client, Note note, FormDefinition form,
            WorkbenchRules rules, NoteSaver saver) throws PartInitException {
        return show(page, client, note, form, rules, keepingDraft(saver));
    }

    /** Shows {@code note}, the stored result of a lifecycle step on the note of {@code previous}, in its place. */
    public static IEditorPart reopen(IWorkbenchPage page, NoteEditorInput previous, Client client, Note note,
            WorkbenchRules rules) throws PartInitException {
        return show(page, client, note, previous.form(), rules, previous.saver());
    }

    private static IEditorPart show(IWorkbenchPage page, Client client, Note note, FormDefinition form,
            WorkbenchRules rules, NoteSaver saver) throws PartInitException {
        NoteEditorInput input = new NoteEditorInput(note, form)
                .withPlanElements((edited, kind) -> planElements(client, kind))
                .withRules(rules.engine(), rules.agency().ruleSettings()).withSaver(saver);
        IEditorPart open = page.findEditor(input);
        if (open != null) {
            page.closeEditor(open, false);
        }
        return NoteEditors.open(page, input);
    }

    /** @return the note shown in {@code editor}, if it is a note editor */
    public static NoteEditorInput inputOf(IEditorPart editor) {
        return editor != null && editor.getEditorInput() instanceof NoteEditorInput input ? input : null;
    }

    private static NoteSaver keepingDraft(NoteSaver saver) {
        Objects.requireNonNull(saver, "saver");
        return note -> {
            try {
                saver.save(note);
            } catch (CaseloadStoreException e) {
                throw new IllegalStateException("the caseload store is not available (" + e.getMessage()
                        + "). Nothing was lost: keep the editor open and save again once the caseload is unlocked.",
                        e);
            }
        };
    }

    private static List<PlanElement> planElements(Client client, PlanElementKind kind) {
        TreatmentPlan plan = client == null ? null : client.getEpisodes().stream()
                .map(EpisodeOfCare::getTreatmentPlans).flatMap(List::stream)
                .filter(candidate -> candidate.getStatus() == PlanStatus.ACTIVE)
                .max(Comparator.comparing(TreatmentPlan::getVersion)).orElse(null);
        if (plan == null) {
            return List.of();
        }
        List<Goal> goals = plan.getProblems().stream().map(Problem::getGoals).flatMap(List::stream).toList();
        if (kind == PlanElementKind.GOAL) {
            return goals.stream().map(goal -> new PlanElement(goal.getId(), goal.getStatement())).toList();
        }
        return goals.stream().flatMap(goal -> goal.getObjectives().stream())
                .map(objective -> new PlanElement(objective.getId(), objective.getStatement())).toList();
    }
}
