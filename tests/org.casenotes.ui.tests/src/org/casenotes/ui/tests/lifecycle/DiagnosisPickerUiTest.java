package org.casenotes.ui.tests.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.Diagnosis;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * Client &gt; Add Diagnosis… with real widgets: words and codes typed into the search box list the matching
 * ICD-10-CM codes best first, an unknown code is refused with its nearest codes and "Add" disabled, and the code
 * chosen is stored in the client's record with its onset and shown in the client overview.
 */
class DiagnosisPickerUiTest {

    private static final String COMMAND = "org.casenotes.ui.record.addDiagnosis";
    private static final long UI_TIMEOUT_MS = 30_000;

    @Test
    void theClinicianFindsACodeByWordsIsToldOfAnUnknownCodeAndAddsTheDiagnosis() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        List<ClientSummary> clients = store.listClients();
        ClientSummary client = clients.get(clients.size() - 2);
        ClientOverviewView overview =
                (ClientOverviewView) ActiveWorkbench.page().showView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        overview.show(client.id());
        EventLoop.spinUntil(() -> client.id().equals(overview.shownClientId()), UI_TIMEOUT_MS,
                "the overview to show " + client.id());
        int before = store.loadClient(client.id()).orElseThrow().getDiagnoses().size();
        LocalDate onset = LocalDate.now().minusMonths(3);

        List<String> firstRows = new ArrayList<>();
        String[] refusal = new String[1];
        boolean[] addEnabledWhileUnknown = new boolean[1];
        Dialogs.Awaited dialog = Dialogs.answer("Add Diagnosis", shell -> {
            Text search = Workbench.labelled(shell, "Search", Text.class);
            Table matches = WidgetFinder.all(shell, Table.class).get(0);
            search.setText("post traumatic");
            EventLoop.spin();
            firstRows.add(rowOf(matches, 0));
            search.setText("F32.10");
            EventLoop.spin();
            refusal[0] = problems(shell);
            addEnabledWhileUnknown[0] = WidgetFinder.button(shell, "Add").orElseThrow().isEnabled();
            search.setText("grief");
            EventLoop.spin();
            firstRows.add(rowOf(matches, matches.getSelectionIndex()));
            Clicks.click(checkBox(shell, "Onset:"));
            DateTime date = WidgetFinder.all(shell, DateTime.class).get(0);
            date.setDate(onset.getYear(), onset.getMonthValue() - 1, onset.getDayOfMonth());
            date.notifyListeners(SWT.Selection, new Event());
            EventLoop.spin();
            assertEquals("", problems(shell));
            try {
                Screenshots.save(shell, "diagnosis-picker.png");
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            Dialogs.press(shell, "Add");
        });
        ActiveWorkbench.runCommand(COMMAND);
        assertTrue(dialog.shown());

        assertEquals(List.of("F43.10 | Post-traumatic stress disorder, unspecified",
                "F43.81 | Prolonged grief disorder"), firstRows);
        assertEquals("F32.10 is not an ICD-10-CM code; did you mean F32.1, F32.0, F32.2 or F32.3?", refusal[0]);
        assertFalse(addEnabledWhileUnknown[0], "an unknown code cannot be added");
        List<Diagnosis> diagnoses = store.loadClient(client.id()).orElseThrow().getDiagnoses();
        assertEquals(before + 1, diagnoses.size());
        Diagnosis added = diagnoses.get(diagnoses.size() - 1);
        assertEquals(List.of("F43.81", "Prolonged grief disorder", onset, LocalDate.now()),
                List.of(added.getIcd10Code(), added.getDescription(), added.getOnsetOn(), added.getDiagnosedOn()));
        EventLoop.spinUntil(() -> overview.factsText().contains("F43.81  Prolonged grief disorder"), UI_TIMEOUT_MS,
                "the overview to list the diagnosis: " + overview.factsText());
        Screenshots.ofWorkbenchWindow(1280, 900, "diagnosis-overview.png");
    }

    private static String rowOf(Table table, int index) {
        return table.getItem(index).getText(0) + " | " + table.getItem(index).getText(1);
    }

    private static Button checkBox(Shell shell, String text) {
        return WidgetFinder.all(shell, Button.class).stream().filter(button -> text.equals(button.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("no check box " + text));
    }

    private static String problems(Shell shell) {
        EventLoop.spin();
        return WidgetFinder.all(shell, Label.class).stream()
                .filter(label -> label.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED)))
                .map(Label::getText).findFirst().orElseThrow();
    }
}
