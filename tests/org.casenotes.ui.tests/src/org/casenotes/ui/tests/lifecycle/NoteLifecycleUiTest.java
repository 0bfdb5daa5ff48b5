package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casenotes.core.forms.Completeness;
import org.casenotes.core.forms.ValueScope;
import org.casenotes.demo.DemoCaseload;
import org.casenotes.model.form.FormDefinition;
import org.casenotes.model.record.Client;
import org.casenotes.model.record.EpisodeOfCare;
import org.casenotes.model.record.Goal;
import org.casenotes.model.record.MeasureResult;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.model.record.Problem;
import org.casenotes.model.record.TextValue;
import org.casenotes.model.record.TreatmentPlan;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.lifecycle.NewNoteRequest;
import org.casenotes.ui.lifecycle.NoteForms;
import org.casenotes.ui.lifecycle.NoteHome;
import org.casenotes.ui.lifecycle.NoteOpener;
import org.casenotes.ui.lifecycle.NoteReview;
import org.casenotes.ui.lifecycle.NoteSigning;
import org.casenotes.ui.lifecycle.SigningPrompts;
import org.casenotes.ui.lifecycle.WorkbenchRules;
import org.casenotes.ui.lifecycle.Workplace;
import org.casenotes.ui.preferences.CasenotesPreferences;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinician's path through a note's life, with real widgets and the workbench's own commands: the demo caseload
 * as the application opens it, a client picked in the caseload view, a SOAP note made with the new-note wizard, a
 * judgmental word typed into the narrative found on the field and in the findings list and fixed with "Quick fix",
 * every other required value given through the form's widgets as its "Still missing" summary lists them, a setback
 * that makes its reason required, signing refused while an error remains and confirmed with its warnings,
 * the signed note shown read-only, and an addendum stored. Screenshots go to target/screenshots.
 */
class NoteLifecycleUiTest {

    private static final String SOAP = "std.progress.SoapNote";
    private static final String NARRATIVE = "What the client reported";
    private static final String REFUSING = "Client said the week at work was hard, and client refused to engage with "
            + "the breathing exercise we practised.";
    private static final long UI_TIMEOUT_MS = 30_000;

    private CaseloadStore store;
    private final List<String> blockedShown = new ArrayList<>();
    private final List<String> signatureLines = new ArrayList<>();

    @BeforeEach
    void openTheDemoCaseloadWithoutThePayerAndIntegrityPacks() throws Exception {
        store = StartedCaseload.store();
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.put(CasenotesPreferences.PACKS_OFF, "org.casenotes.core.payer,org.casenotes.core.integrity");
        preferences.flush();
    }

    @AfterEach
    void restoreTheAgencyDefaults() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(CasenotesPreferences.NODE);
        preferences.clear();
        preferences.flush();
        Workbench.closeAllEditors();
    }

    @Test
    void theClinicianWritesFixesSignsAndAmendsASoapNote() throws Exception {
        ClientSummary client = clientWithAPlan();

        // pick the client in the caseload view
        pickInTheCaseloadView(client);
        ClientOverviewView overview =
                (ClientOverviewView) ActiveWorkbench.page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        EventLoop.spinUntil(() -> client.id().equals(overview.shownClientId()), UI_TIMEOUT_MS,
                "the overview to show " + client.id());

        // New Note: the wizard, worked through its widgets
        Dialogs.Awaited wizard = Dialogs.answer("New Note", dialog -> {
            Workbench.choose(Workbench.labelled(dialog, "Client", Combo.class), client.displayName() + " (");
            Workbench.choose(Workbench.labelled(dialog, "Kind of note", Combo.class), "Progress");
            Workbench.choose(Workbench.labelled(dialog, "Template", Combo.class), "SOAP progress note");
            Button carry = WidgetFinder.all(dialog, Button.class).stream()
                    .filter(button -> button.getText().replace("&", "").startsWith("Carry forward")).findFirst()
                    .orElseThrow();
            if (carry.getSelection()) {
                Clicks.click(carry);
            }
            Dialogs.press(dialog, "Finish");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.newNote");
        assertTrue(wizard.shown(), "the New Note wizard was shown");
        IEditorPart editor = ActiveWorkbench.page().getActiveEditor();
        Note draft = NoteOpener.inputOf(editor).note();
        assertEquals(SOAP, draft.getTemplateId());
        assertEquals(client.id(), draft.getClientId());
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus(),
                "the wizard saved the draft in the caseload");
        maximize(editor);

        // type the sentence; the finding shows on the words, in their hover and in the findings list
        NoteEditorWidgets widgets = new NoteEditorWidgets(editor);
        StyledText narrative = widgets.text(NARRATIVE);
        NoteEditorWidgets.type(narrative, REFUSING);
        int refused = REFUSING.indexOf("refused");
        EventLoop.spinUntil(() -> NoteEditorWidgets.squiggled(narrative, refused), UI_TIMEOUT_MS,
                "\"refused\" to be underlined");
        assertFalse(NoteEditorWidgets.squiggled(narrative, 0), "\"Client\" is not underlined");
        String hover = NoteEditorWidgets.hoverAt(narrative, refused + 2);
        assertTrue(hover != null && hover.contains("language.judgmental") && hover.contains("declined"),
                "the hover names the rule and the suggestion: " + hover);
        EventLoop.spinUntil(() -> widgets.finding("clientReport", "language.judgmental").isPresent(), UI_TIMEOUT_MS,
                "the findings list to show the judgmental word");
        assertTrue(editor.isDirty(), "typing made the editor dirty");
        widgets.select(widgets.finding("clientReport", "language.judgmental").orElseThrow());
        Path withFindings = Screenshots.ofWorkbenchWindow(1280, 1000, "clinician-path-1-editor-with-findings.png");
        assertTrue(Files.size(withFindings) > 10_000, "a screenshot was written to " + withFindings);

        // Quick fix: "refused" becomes "declined", on the field and in the note
        widgets.pressQuickFix();
        EventLoop.spinUntil(() -> widgets.finding("clientReport", "language.judgmental").isEmpty(), UI_TIMEOUT_MS,
                "the finding to go");
        assertTrue(narrative.getText().contains("client declined to engage"), narrative.getText());
        assertFalse(NoteEditorWidgets.squiggled(narrative, refused), "no word is underlined any more");
        assertTrue(textOf(NoteOpener.inputOf(editor).note(), "clientReport").contains("client declined to engage"));
        ActiveWorkbench.runCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved");
        assertTrue(textOf(store.loadNote(draft.getId()).orElseThrow(), "clientReport").contains("declined"));

        // signing now is refused, and the dialog lists every blocker by its field's label, none left out
        List<String> missing = widgets.stillMissingEntries();
        Dialogs.Awaited everyBlocker = Dialogs.answer("Cannot Sign Yet", Dialogs.pressing("OK"));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        for (String entry : missing) {
            String label = entry.replaceAll(" (is required|has unanswered items|needs at least \\d+ rows?)$", "");
            assertTrue(everyBlocker.text().contains("\u201c" + label + "\u201d"), label + " listed in "
                    + everyBlocker.text());
        }
        assertFalse(everyBlocker.text().contains(" more") || everyBlocker.text().contains("[completeness"),
                everyBlocker.text());
        Workbench.activateWindow();

        // every other required value is given through the form, entry by entry of its "Still missing" summary
        assertTrue(missing.containsAll(List.of("Start time is required", "Service type is required",
                "Goal or objective is required", "Measures given today is required")), missing.toString());
        assertFalse(missing.contains("Goal addressed needs at least 1 row"), "the first goal row is there: " + missing);
        List<String> answered = new ClinicianAnswers(widgets).answerEverythingMissing();
        assertTrue(answered.containsAll(missing.stream().filter(entry -> !entry.startsWith("CPT code billed")).toList()),
                "each entry listed was answered: " + answered);
        assertFalse(answered.contains("CPT code billed is required"),
                "the code was chosen in its field once the times gave a suggestion: " + answered);
        assertTrue(answered.contains("Goal or objective is required")
                && answered.contains("PHQ-9 depression questionnaire has unanswered items"),
                "the first goal row's fields and the questionnaire the answers made required were answered too: "
                        + answered);
        assertEquals("Every required field is filled in.", widgets.stillMissing());
        assertChangeFromTheLastPhq9Shown(widgets, client.id());
        assertTrue(widgets.calculated("Session length (minutes)").startsWith("50"), "the typed times give the length");
        assertTrue(widgets.calculated("Suggested CPT code").contains("90834"), "and the code billed for it");
        Screenshots.ofWorkbenchWindow(1280, 1000, "clinician-path-2-every-required-field-filled.png");
        ActiveWorkbench.runCommand("org.eclipse.ui.file.save");
        assertFalse(editor.isDirty(), "saved");
        Note complete = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(List.of(), Completeness.missing(NoteOpener.inputOf(editor).form(), ValueScope.of(complete)),
                "the stored note has every required value");

        // "Setback" makes its reason appear and become required
        widgets.choose("Progress since treatment began", "Setback");
        assertEquals(Optional.of("Why the setback or plateau *"), widgets.shownLabel("Why the setback or plateau"),
                "the reason is shown and marked required");
        assertEquals(List.of("Why the setback or plateau is required"), widgets.stillMissingEntries());

        // signing is blocked while the reason is missing, and says so
        Dialogs.Awaited blocked = Dialogs.answer("Cannot Sign Yet", dialog -> WidgetFinder.all(dialog, Link.class)
                .stream().filter(link -> link.getText().contains("Why the setback or plateau")).findFirst()
                .orElseThrow(() -> new AssertionError("no link to the reason's field"))
                .notifyListeners(SWT.Selection, new Event()));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        StyledText reasonText = widgets.text("Why the setback or plateau");
        EventLoop.spinUntil(() -> reasonText.isFocusControl(), UI_TIMEOUT_MS,
                "the blocker's link to put the caret in the reason's field");
        assertTrue(blocked.text().contains("\u201cWhy the setback or plateau\u201d is required."), blocked.text());
        assertFalse(blocked.text().contains("setbackReason") || blocked.text().contains("completeness.required"),
                "the dialog names the field by its label, not by ids: " + blocked.text());
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus());

        // give the reason (its wording draws a warning), sign, confirm the warning and the signature line
        NoteEditorWidgets.type(reasonText,
                "Client claims the new shift pattern left no time for the exercise.");
        assertEquals("Every required field is filled in.", widgets.stillMissing(), "signing is possible now");
        Dialogs.Awaited confirm = Dialogs.answer("Sign Note", Dialogs.pressing("Sign"));
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.sign");
        assertTrue(confirm.text().contains("Sign as Robin Vale, LCSW?"), confirm.text());
        assertTrue(confirm.text().contains("Why the setback or plateau: \u201cclaims\u201d: \"Claims\" suggests you doubt"),
                "the warning is listed to read, in words with its field's label: " + confirm.text());
        Note signed = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(NoteStatus.SIGNED, signed.getStatus());
        assertEquals("LCSW", signed.getSignature().getCredentials());

        // the PHQ-9 answered in the note became a measure result of the client, stored with the signature and listed
        List<MeasureResult> fromNote = resultsOf(draft);
        assertEquals(List.of("std.instruments.PHQ9 0 Minimal or none " + signed.getDateOfService()),
                fromNote.stream().map(r -> r.getInstrumentId() + " " + r.getTotal() + " " + r.getBand() + " "
                        + r.getAdministeredOn()).toList());
        assertEquals(9, fromNote.get(0).getAnswers().size());
        EventLoop.spinUntil(() -> overview.measureRows().stream()
                .anyMatch(row -> row.endsWith("| PHQ-9 | 0 | Minimal or none |  | Note")), UI_TIMEOUT_MS,
                "the overview to list the note's PHQ-9: " + overview.measureRows());

        // the note reopens read-only
        IEditorPart signedEditor = ActiveWorkbench.page().getActiveEditor();
        assertEquals(NoteStatus.SIGNED, NoteOpener.inputOf(signedEditor).note().getStatus());
        NoteEditorWidgets readOnly = new NoteEditorWidgets(signedEditor);
        assertTrue(readOnly.headingMessage().contains("read-only"), readOnly.headingMessage());
        maximize(signedEditor);
        Screenshots.ofWorkbenchWindow(1280, 1000, "clinician-path-3-signed-read-only.png");
        assertFalse(readOnly.text(NARRATIVE).getEditable(), "the narrative cannot be typed into");

        // Add Addendum through the Note menu's command and its dialog; the addendum is stored
        Dialogs.Awaited addendum = Dialogs.answer("Add Addendum", dialog -> {
            List<Text> fields = WidgetFinder.all(dialog, Text.class).stream().filter(Text::getEditable).toList();
            fields.get(fields.size() - 2).setText("Corrected the session location");
            fields.get(fields.size() - 1).setText("The session took place in the agency's second office.");
            Dialogs.press(dialog, "Add");
        });
        ActiveWorkbench.runCommand("org.casenotes.ui.lifecycle.addAddendum");
        assertTrue(addendum.text().contains("Robin Vale, LCSW"), "the dialog names the author: " + addendum.text());
        Note amended = store.loadNote(draft.getId()).orElseThrow();
        assertEquals(1, amended.getAddenda().size());
        assertEquals("Corrected the session location", amended.getAddenda().get(0).getReason());
        assertEquals("clin-vale", amended.getAddenda().get(0).getAuthorId());
        assertEquals(NoteStatus.SIGNED, amended.getStatus());
        assertEquals(signed.getSignature().getContentHash(), amended.getSignature().getContentHash(),
                "the signed content is untouched");
        assertEquals(1, resultsOf(draft).size(), "the addendum added no second measure result");
        IEditorPart amendedEditor = ActiveWorkbench.page().getActiveEditor();
        assertEquals(1, NoteOpener.inputOf(amendedEditor).note().getAddenda().size(),
                "the editor shows the note as stored, with its addendum");
        NoteEditorWidgets amendedWidgets = new NoteEditorWidgets(amendedEditor);
        List<String> shown = amendedWidgets.shownTexts();
        assertTrue(shown.stream().anyMatch(text -> text.startsWith("Addendum by Robin Vale, LCSW on "))
                && shown.contains("Reason: Corrected the session location"), "the addendum is shown: " + shown);
        maximize(amendedEditor);
        amendedWidgets.reveal("Reason: Corrected the session location");
        Screenshots.ofWorkbenchWindow(1280, 1000, "clinician-path-4-addendum.png");
    }

    @Test
    void carriedForwardValuesBlockSigningUntilReviewed() throws Exception {
        ClientSummary summary = clientWithASignedSoapNote();
        Client client = store.loadClient(summary.id()).orElseThrow();
        FormDefinition form = NoteForms.installed().latest(SOAP).orElseThrow();
        WorkbenchRules rules = Workplace.rules();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), true).createDraft(store, rules,
                Workplace.profile().id());
        assertFalse(rules.lifecycle(client).carriedAwaitingReview(draft).isEmpty(), "values were carried forward");
        List<String> unfilled = filler(client).fill(rules.lifecycle(client), draft, form);
        assertTrue(unfilled.isEmpty(), unfilled.toString());
        store.saveNote(draft);

        NoteSigning signing = new NoteSigning(store, rules, Workplace.profile(), scriptedPrompts());
        assertTrue(signing.sign(draft, form).isEmpty(), "not signed while carried values await review");
        assertTrue(blockedShown.stream().allMatch(reason -> reason.contains("carried forward")), blockedShown.toString());
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus());

        Note reviewed = new NoteReview(store, rules, Workplace.profile()).markCarriedReviewed(draft, form,
                rules.lifecycle(client).carriedAwaitingReview(draft));
        blockedShown.clear();
        assertTrue(signing.sign(reviewed, form).isPresent(), "signed once reviewed; refusals: " + blockedShown);
        assertEquals(List.of("Robin Vale, LCSW"), signatureLines, "the signature line was shown to confirm");
        assertEquals(NoteStatus.SIGNED, store.loadNote(draft.getId()).orElseThrow().getStatus());
    }

    @Test
    void aSaveWhileTheCaseloadIsLockedKeepsTheDraftAndSaysWhy() throws Exception {
        Client client = store.loadClient(clientWithAPlan().id()).orElseThrow();
        FormDefinition form = NoteForms.installed().latest(SOAP).orElseThrow();
        Note draft = new NewNoteRequest(client, form, LocalDate.now(), false).createDraft(store, Workplace.rules(),
                Workplace.profile().id());
        IEditorPart editor = NoteOpener.open(ActiveWorkbench.page(), client, draft, form, Workplace.rules(),
                NoteHome.record(store));
        store.lock();
        try {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> NoteOpener.inputOf(editor).saver().save(draft));
            assertTrue(refused.getMessage().contains("Nothing was lost"), refused.getMessage());
            assertTrue(ActiveWorkbench.page().isPartVisible(editor), "the draft stays open");
        } finally {
            store.unlock(DemoCaseload.PASSPHRASE.toCharArray());
        }
        assertEquals(NoteStatus.DRAFT, store.loadNote(draft.getId()).orElseThrow().getStatus());
    }

    /**
     * Beside the PHQ-9 answered "Not at all" throughout (total 0), the editor says how that compares with the
     * client's last PHQ-9 total: the points it fell, meaningful when 5 or more (Löwe 2004), and remission below 5.
     */
    private void assertChangeFromTheLastPhq9Shown(NoteEditorWidgets widgets, String clientId) {
        Optional<MeasureResult> last = store.loadClient(clientId).orElseThrow().getMeasureResults().stream()
                .filter(result -> "std.instruments.PHQ9".equals(result.getInstrumentId()))
                .filter(result -> result.getTotal() != null)
                .max(java.util.Comparator.comparing(MeasureResult::getAdministeredOn));
        List<org.eclipse.swt.widgets.Label> labels = WidgetFinder.all(widgets.form().getBody(),
                org.eclipse.swt.widgets.Label.class).stream()
                .filter(label -> label.getText().startsWith("Change from the last score")).toList();
        List<String> shown = labels.stream().map(org.eclipse.swt.widgets.Label::getText).toList();
        if (!labels.isEmpty()) {
            widgets.form().showControl(labels.get(0));
            try {
                Screenshots.ofWorkbenchWindow(1280, 1000, "note-editor-phq9-change-from-last.png");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (last.isEmpty()) {
            assertEquals(List.of(), shown, "no earlier PHQ-9, no change to show");
            return;
        }
        int from = last.get().getTotal();
        String day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(last.get().getAdministeredOn());
        String expected = "Change from the last score (" + from + "): " + (from == 0 ? "no change" : "\u2212" + from)
                + " since " + day + (from >= 5 ? ": meaningful improvement; remission" : ": remission");
        assertEquals(List.of(expected), shown);
    }

    private void pickInTheCaseloadView(ClientSummary client) throws Exception {
        ActiveWorkbench.page().showView(CaseloadUi.CASELOAD_VIEW);
        Shell window = ActiveWorkbench.shell();
        Text search = WidgetFinder.all(window, Text.class).stream()
                .filter(text -> "Search by name or id".equals(text.getMessage())).findFirst().orElseThrow();
        search.setText(client.id());
        Table clients = WidgetFinder.all(search.getParent(), Table.class).get(0);
        EventLoop.spinUntil(() -> clients.getItemCount() == 1, UI_TIMEOUT_MS, "the search to find " + client.id());
        TableItem row = clients.getItem(0);
        clients.setSelection(row);
        Event selected = new Event();
        selected.item = row;
        clients.notifyListeners(SWT.Selection, selected);
        EventLoop.spin();
        search.setText("");
    }

    private List<MeasureResult> resultsOf(Note note) {
        return store.loadClient(note.getClientId()).orElseThrow().getMeasureResults().stream()
                .filter(result -> note.getId().equals(result.getNoteId())).toList();
    }

    private static void maximize(IEditorPart editor) {
        IWorkbenchPage page = ActiveWorkbench.page();
        page.activate(editor);
        page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
        EventLoop.spin();
    }

    private static String textOf(Note note, String fieldId) {
        return note.getValues().stream().filter(value -> value.getFieldId().equals(fieldId))
                .map(value -> ((TextValue) value).getText()).findFirst().orElse("");
    }

    private ClientSummary clientWithAPlan() {
        return store.listClients().stream()
                .filter(summary -> !goals(store.loadClient(summary.id()).orElseThrow()).isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the demo caseload has no client with a treatment plan"));
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
}
