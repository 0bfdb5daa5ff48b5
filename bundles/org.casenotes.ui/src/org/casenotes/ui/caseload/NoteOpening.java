package org.casenotes.ui.caseload;

import java.util.List;
import java.util.Optional;

import org.casenotes.demo.FormCatalog;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.PlanElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * Opens a note from the caseload in the note form editor, with the client's plan for goal references and the
 * caseload store for saving. A note whose form definition is not known here cannot be edited; the caller shows it
 * read-only instead.
 */
final class NoteOpening {

    private NoteOpening() {
    }

    /**
     * @return whether the note was opened in the editor (false when its form definition is not known)
     * @throws PartInitException if the editor could not be opened
     */
    static boolean openInEditor(IWorkbenchPage page, FormCatalog forms, CaseloadStore store, Client client, Note note)
            throws PartInitException {
        Optional<FormDefinition> form = forms.form(note.getTemplateId())
                .filter(candidate -> candidate.getVersion() == note.getTemplateVersion());
        if (form.isEmpty()) {
            return false;
        }
        TreatmentPlan plan = ClientFacts.activePlan(client);
        NoteEditorInput input = new NoteEditorInput(note, form.get())
                .withPlanElements((edited, kind) -> planElements(plan, kind)).withSaver(store::saveNote);
        NoteEditors.open(page, input);
        return true;
    }

    private static List<PlanElement> planElements(TreatmentPlan plan, PlanElementKind kind) {
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
