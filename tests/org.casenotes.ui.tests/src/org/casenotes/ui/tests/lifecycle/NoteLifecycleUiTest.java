package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.form.FormKind;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.forms.NoteEditorInput;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NewNoteWizard;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.NoteReview;
import org.casenotes.ui.lifecycle.NoteSigning;
import org.casenotes.ui.lifecycle.SigningPrompts;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.AgencySettings.RulePack;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinician's path through a note's life with real widgets: a SOAP note for a demo client made with the new-note
 * wizard (carrying forward the last SOAP note), signing refused while required values are missing and carried values
 * unreviewed, then filled, reviewed and signed with the credentials shown, reopened read-only, and given an addendum
 * through the Note menu's command and its dialog.
 */
class NoteLifecycleUiTest {

    private static final String SOAP = "std.progress.SoapNote";

    private CaseloadStore store;
    private final List<String> blockedShown = new ArrayList<>();
    private final List<String> signatureLines = new ArrayList<>();

    @BeforeEach
    void openTheDemoCaseloadWithoutThePayerAndIntegrityPacks() throws Exception {
        store = Workbench.caseload();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.putBoolean(CasenotesPreferences.packKey(RulePack.PAYER), false);
        preferences.putBoolean(CasenotesPreferences.packKey(RulePack.INTEGRITY), false);
        preferences.flush();
    }

    @AfterEach
    void restoreTheAgencyDefaults() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.clear();
        preferences.flush();
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void aSoapNoteIsCreatedRefusedWhileIncompleteSignedReopenedReadOnlyAndGivenAnAddendum() throws Exception {
        ClientSummary summary = clientWithASignedSoapNote();

        // the wizard, driven through its widgets
        NewNoteWizard wizard = new NewNoteWizard(Workbench.page(), store, NoteForms.installed());
        WizardDialog dialog = new WizardDialog(shell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.choices().choose(summary.id(), FormKind.PROGRESS, SOAP);
        wizard.choices().carryForward(true);
        press(dialog.getShell(), "Finish");
        Workbench.spin();
        IEditorPart editor = wizard.openedEditor();
        assertNotNull(editor, "the wizard opened the draft");
        Note draft = NoteOpener.inputOf(editor).note();
        FormDefinition form = NoteOpener.inputOf(editor).form();
        assertEquals(NoteStatus.DRAFT, draft.getStatus());
        assertEquals(SOAP, draft.getTemplateId());
        assertTrue(store.loadNote(draft.getId()).isPresent(), "the draft is saved in the caseload");
        WorkbenchRules rules = Workplace.rules();
        List<String> carried = rules.lifecycle(null).carriedAwaitingReview(draft);
        assertFalse(carried.isEmpty(), "values were carried forward from the last SOAP note");
        Workbench.screenshot("lifecycle-1-new-soap-draft.png");

        // signing is refused and every reason listed
        NoteSigning signing = new NoteSigning(store, rules, Workplace.profile(), scriptedPrompts());
        assertTrue(signing.sign(draft, form).isEmpty(), "an incomplete note is not signed");
        assertTrue(blockedShown.stream().anyMatch(reason -> reason.contains("carried forward")), blockedShown.toString());
        assertTrue(blockedShown.stream().anyMatch(reason -> reason.contains("[completeness")
                || reason.contains("required")), blockedShown.toString());
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus());

        // fill what is missing, confirm the carried values, sign
        Client client = store.loadClient(summary.id()).orElseThrow();
        Note stored = store.loadNote(draft.getId()).orElseThrow();
        List<String> unfilled = filler(client).fill(rules.lifecycle(client), stored, form);
        assertTrue(unfilled.isEmpty(), unfilled.toString());
        store.saveNote(stored);
        NoteReview review = new NoteReview(store, rules, Workplace.profile());
        Note reviewed = review.markCarriedReviewed(stored, form, rules.lifecycle(client).carriedAwaitingReview(stored));
        NoteOpener.open(Workbench.page(), client, reviewed, form, rules, store::saveNote);
        blockedShown.clear();
        assertEquals(List.of(), signing.blockers(reviewed, form, client));
        Optional<Note> signed = signing.sign(reviewed, form);
        assertTrue(signed.isPresent(), "signed; refusals: " + blockedShown);
        assertEquals(List.of("Robin Vale, LCSW"), signatureLines, "the signature line was shown to confirm");
        Note signedNote = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(NoteStatus.SIGNED, signedNote.getStatus());
        assertEquals("LCSW", signedNote.getSignature().getCredentials());

        // reopened read-only
        NoteOpener.open(Workbench.page(), client, signedNote, form, rules, store::saveNote);
        Workbench.spin();
        assertTrue(readOnlyMessageShown(), "the signed note's editor says it is read-only");

        // Add Addendum through the command and its dialog
        Display.getCurrent().timerExec(500, () -> fillAddendumDialog("Corrected the session location",
                "The session took place in the agency's second office, not the main office."));
        PlatformUI.getWorkbench().getService(IHandlerService.class)
                .executeCommand("org.casenotes.ui.lifecycle.addAddendum", null);
        Workbench.spin();
        Note withAddendum = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(1, withAddendum.getAddenda().size());
        assertEquals("Corrected the session location", withAddendum.getAddenda().get(0).getReason());
        assertEquals("clin-vale", withAddendum.getAddenda().get(0).getAuthorId());
        assertEquals(NoteStatus.SIGNED, withAddendum.getStatus());
        NoteEditorInput shown = NoteOpener.inputOf(Workbench.page().getActiveEditor());
        assertEquals(1, shown.note().getAddenda().size(), "the editor shows the note with its addendum");
        Workbench.screenshot("lifecycle-2-signed-with-addendum.png");
    }

    @Test
    void aSaveWhileTheCaseloadIsLockedKeepsTheDraftAndSaysWhy() throws Exception {
        ClientSummary summary = clientWithASignedSoapNote();
        Client client = store.loadClient(summary.id()).orElseThrow();
        FormDefinition form = NoteForms.installed().latest(SOAP).orElseThrow();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(Workbench.page(), client, draft, form, Workplace.rules(), store::saveNote);
        store.lock();
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> NoteOpener.inputOf(editor).saver().save(draft));
            assertTrue(refused.getMessage().contains("Nothing was lost"), refused.getMessage());
            assertTrue(Workbench.page().isPartVisible(editor), "the draft stays open");
        } finally {
            store.unlock(DemoCaseload.PASSPHRASE.toCharArray());
        }
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus());
    }

    private ClientSummary clientWithASignedSoapNote() {
        for (ClientSummary summary : store.listClients()) {
            Client client = store.loadClient(summary.id()).orElseThrow();
            if (client.getNotes().stream().anyMatch(note -> SOAP.equals(note.getTemplateId())
                    && note.getStatus() == NoteStatus.SIGNED) && !goals(client).isEmpty()) {
                return summary;
            }
        }
        throw new AssertionError("the demo caseload has no client with a signed SOAP note");
    }

    private static NoteFiller filler(Client client) {
        List<Goal> goals = goals(client);
        return new NoteFiller(goals.stream().map(Goal::getId).toList(),
                goals.stream().flatMap(goal -> goal.getObjectives().stream()).map(o -> o.getId()).toList());
    }

    private static List<Goal> goals(Client client) {
        return client.getEpisodes().stream().map(EpisodeOfCare::getTreatmentPlans).flatMap(List::stream)
                .map(TreatmentPlan::getProblems).flatMap(List::stream).map(Problem::getGoals).flatMap(List::stream)
                .toList();
    }

    private SigningPrompts scriptedPrompts() {
        return new SigningPrompts() {
            @Override
            public void showBlocked(List<String> reasons) {
                blockedShown.addAll(reasons);
            }

            @Override
            public boolean confirmSignature(String signatureLine, List<String> warnings) {
                signatureLines.add(signatureLine);
                return true;
            }

            @Override
            public Optional<String> lateEntryReason(Instant closedAt) {
                return Optional.of("Written after a crisis call took the afternoon.");
            }
        };
    }

    private static boolean readOnlyMessageShown() {
        return Workbench.controls(shell(), ScrolledForm.class).stream()
                .anyMatch(form -> form.isVisible() && form.getMessage() != null
                        && form.getMessage().contains("read-only"));
    }

    private static void fillAddendumDialog(String reason, String text) {
        Shell dialog = Arrays.stream(Display.getCurrent().getShells())
                .filter(shell -> shell.isVisible() && "Add Addendum".equals(shell.getText())).findFirst().orElse(null);
        if (dialog == null) {
            Display.getCurrent().timerExec(200, () -> fillAddendumDialog(reason, text));
            return;
        }
        List<Text> fields = Workbench.controls(dialog, Text.class).stream()
                .filter(field -> field.getEditable()).toList();
        fields.get(fields.size() - 2).setText(reason);
        fields.get(fields.size() - 1).setText(text);
        press(dialog, "Add");
    }

    private static void press(Shell shell, String label) {
        Button button = Workbench.controls(shell, Button.class).stream()
                .filter(candidate -> candidate.getText().replace("&", "").equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label));
        assertTrue(button.isEnabled(), label + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }
}
