package org.casenotes.ui.lifecycle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.core.record.PlanVersions;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.PlanElementKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.GoalReferenceValue;
import org.casenotes.model.record.GoalStatus;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.forms.NoteEditorInput.NoteSaver;
import org.casenotes.ui.forms.NoteEditors;
import org.casenotes.ui.forms.PlanElement;
import org.eclipse.ui.IEditorPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.PartInitException;

/**
 * Opens notes in the note form editor, on the form version each note was written on, checked with the agency's
 * rules, saved where they belong (the record, or the separate psychotherapy notes; the client's timeline shows
 * each save at once) and, for record drafts, with a
 * working copy kept between saves for recovery after a crash. When the store cannot take a save (locked, closed,
 * unavailable), the editor keeps the note and its unsaved changes, and the clinician is told why.
 */
public final class NoteOpener {

    private NoteOpener() {
    }

    /**
     * Opens a stored {@code note} of {@code client} on the form version it was written on.
     *
     * @throws IllegalStateException with a message for the clinician when that version is not installed; the note is
     *                               left as it is, on its version
     */
    public static IEditorPart openStored(IWorkbenchPage page, Client client, Note note, WorkbenchRules rules,
            NoteHome home) throws PartInitException {
        return open(page, client, note, pinnedForm(note), rules, home);
    }

    /**
     * @return the form {@code note} was written on: its template at its pinned version, never a newer one
     * @throws IllegalStateException with a message for the clinician when that version is not installed
     */
    public static FormDefinition pinnedForm(Note note) {
        NoteForms forms = NoteForms.installed();
        return forms.form(note.getTemplateId(), note.getTemplateVersion()).orElseThrow(() -> {
            String installed = forms.latest(note.getTemplateId())
                    .map(form -> "only version " + form.getVersion() + " of \u201c" + NoteForms.title(form)
                            + "\u201d is installed")
                    .orElse("that template is not installed");
            return new IllegalStateException("This note was started on version " + note.getTemplateVersion()
                    + " of the template " + note.getTemplateId() + ", and " + installed + ". The note keeps the "
                    + "version it was started on and nothing in it was changed; open it where that version is "
                    + "installed, or ask the agency's template designer to publish it again.");
        });
    }

    /**
     * Opens {@code note} of {@code client} on {@code form}, replacing an editor already showing it (so that a note
     * just signed or given an addendum is shown as stored).
     *
     * @param home where saving the note and its working copy go
     */
    public static IEditorPart open(IWorkbenchPage page, Client client, Note note, FormDefinition form,
            WorkbenchRules rules, NoteHome home) throws PartInitException {
        NoteEditorInput input = new NoteEditorInput(note, form).withSaver(keepingDraft(home.saver()))
                .withDraftKeeper(home.drafts());
        return show(page, client, home.psychotherapy() ? input.asPsychotherapyNote() : input, rules);
    }

    /** Shows {@code note}, the stored result of a lifecycle step on the note of {@code previous}, in its place. */
    public static IEditorPart reopen(IWorkbenchPage page, NoteEditorInput previous, Client client, Note note,
            WorkbenchRules rules) throws PartInitException {
        NoteEditorInput input = new NoteEditorInput(note, previous.form()).withSaver(previous.saver())
                .withDraftKeeper(previous.draftKeeper()).withRecoveryPrompt(previous.recoveryPrompt());
        return show(page, client, previous.isPsychotherapyNote() ? input.asPsychotherapyNote() : input, rules);
    }

    private static IEditorPart show(IWorkbenchPage page, Client client, NoteEditorInput input, WorkbenchRules rules)
            throws PartInitException {
        if (client != null && !client.getId().equals(input.note().getClientId())) {
            throw new IllegalArgumentException("The note " + input.note().getId() + " belongs to client "
                    + input.note().getClientId() + ", not to " + client.getId() + "; it was not opened, so that it "
                    + "cannot be read or written as the other client's.");
        }
        input.withPlanElements((edited, kind) -> planElements(client, edited, kind))
                .withRules(rules.engine(), rules.agency().ruleSettings())
                .withRecordNames(new ClientRecordNames(client, Workplace.profile()));
        DraftsBeforeLock.register();
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
        return note -> {
            try {
                saver.save(note);
                showSaved(note);
            } catch (CaseloadStoreException e) {
                throw new IllegalStateException("the caseload store is not available (" + e.getMessage()
                        + "). Nothing was lost: keep the editor open and save again once the caseload is unlocked.",
                        e);
            }
        };
    }

    /** Shows the client's timeline again once {@code note} is saved, so that a new or changed draft is in it. */
    private static void showSaved(Note note) {
        if (Display.getCurrent() == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            ClientOverviewView.refreshIfShowing(window.getActivePage(), note.getClientId());
        }
    }

    /**
     * @return the goals (or objectives) a note can name: those of the client's current plan version, without the
     *         goals a review discontinued unless the note already names them
     */
    static List<PlanElement> planElements(Client client, Note note, PlanElementKind kind) {
        TreatmentPlan plan = client == null ? null : PlanVersions.current(client).orElse(null);
        if (plan == null) {
            return List.of();
        }
        Set<String> named = new HashSet<>();
        note.eAllContents().forEachRemaining(content -> {
            if (content instanceof GoalReferenceValue value) {
                named.addAll(value.getPlanElementIds());
            }
        });
        List<Goal> goals = plan.getProblems().stream().map(Problem::getGoals).flatMap(List::stream)
                .filter(goal -> goal.getStatus() != GoalStatus.DISCONTINUED || named.contains(goal.getId())
                        || goal.getObjectives().stream().anyMatch(objective -> named.contains(objective.getId())))
                .toList();
        if (kind == PlanElementKind.GOAL) {
            return goals.stream().map(goal -> new PlanElement(goal.getId(), goal.getStatement())).toList();
        }
        return goals.stream().flatMap(goal -> goal.getObjectives().stream())
                .map(objective -> new PlanElement(objective.getId(), objective.getStatement())).toList();
    }
}
