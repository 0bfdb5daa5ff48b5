package org.casenotes.ui.tests.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.Diagnosis;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.AuditAction;
import org.casenotes.store.AuditEntry;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.ClientSummary;
import org.casenotes.store.RecordKind;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.DialogWatcher;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.casenotes.ui.testsupport.WidgetFinder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File &gt; Import Clients… with real widgets, in a clinician's own caseload holding one fictional client: a file
 * with bad rows (an id the caseload has, an unknown ICD-10-CM code) lists each with its line and reason and cannot
 * be imported until the clinician chooses to skip them, then the valid rows are saved with their diagnoses and
 * listed; a column the header does not name is mapped with its combo; a file that is not UTF-8 is refused with its
 * line; cancelling saves nothing.
 */
class ImportClientsUiTest {

    private static final String TITLE = "Import Clients";
    private static final String COMMAND = "org.casenotes.ui.record.importClients";
    private static final long TIMEOUT_MS = 60_000;

    @TempDir
    Path temp;

    private CaseloadStore store;

    @BeforeEach
    void openAnOwnCaseloadWithOneClient() throws Exception {
        Client client = RecordFactory.eINSTANCE.createClient();
        client.setId("c-0001");
        client.setLegalName("Pat Example");
        client.setStatus(ClientStatus.ACTIVE);
        store = HarboursideCaseload.open(temp, List.of(client));
    }

    @AfterEach
    void backToTheDemoAsTheOtherTestsExpect() throws Exception {
        HarboursideCaseload.backToTheDemo();
    }

    @Test
    void badRowsAreListedWithTheirLinesAndOnlyASkipChosenByTheClinicianImportsTheValidOnes() throws Exception {
        Path file = write("agency-export.csv", """
                Client ID,Legal name,Preferred name,DOB,Phone,OK to leave messages,Insurance,Member ID,Diagnoses
                h-101,Rowan Calloway,Ro,1991-07-14,(555) 0188-2040,yes,Harbour Health Plan,HHP-0042,F41.1; Z63.0
                h-102,"Ibarra, Lucía",,1984-02-09,,no,,,F43.10
                c-0001,Someone Else,,1970-01-01,,,,,
                h-104,Dana Whitlock,,1999-11-30,,,,,F32.10
                h-105,Ines Marlowe,,2002-05-05,,,,,
                """);
        List<Object> seen = new ArrayList<>();
        List<String> told = DialogWatcher.answer(TITLE, shell -> {
            seen.add(importButton(shell).isEnabled());
            fillFile(shell, file);
            seen.add(importButton(shell).isEnabled());
            seen.add(rows(table(shell, 1), 0));
            seen.add(rows(table(shell, 1), 1));
            seen.add(rows(table(shell, 0), 1).subList(0, 3));
            seen.add(comboBeside(shell, "DOB").getText());
            seen.add(summary(shell));
            screenshot(shell, "import-clients-bad-rows.png");
            Clicks.click(skip(shell));
            seen.add(importButton(shell).isEnabled());
            seen.add(skip(shell).getText());
            DialogWatcher.answer(done -> TITLE.equals(done.getText()) && done != shell, done -> {
                seen.add(String.join("\n", WidgetFinder.all(done, Label.class).stream().map(Label::getText)
                        .toList()));
                Clicks.press(done, "OK");
            });
            Clicks.press(shell, "Import");
        });
        ActiveWorkbench.runCommand(COMMAND);

        assertEquals(List.of(TITLE), told);
        assertEquals(false, seen.get(0), "nothing to import before a file is chosen");
        assertEquals(false, seen.get(1), "bad rows keep Import disabled");
        assertEquals(List.of("4", "5"), seen.get(2), "the bad rows' lines");
        String reasons = String.valueOf(seen.get(3));
        assertTrue(reasons.contains("c-0001 is already the id of a client in this caseload."), reasons);
        assertTrue(reasons.contains("F32.10 is not an ICD-10-CM code; did you mean F32.1"), reasons);
        assertEquals(List.of("h-101", "h-102", "c-0001"), seen.get(4), "the preview shows ids as imported");
        assertEquals("Date of birth", seen.get(5), "DOB is guessed to be the date of birth");
        assertEquals("3 clients can be imported; 2 rows have problems. Correct the file, or import the 3 valid rows "
                + "and skip the 2.", seen.get(6));
        assertEquals(true, seen.get(7), "skipping the bad rows allows the import");
        assertEquals("Import the 3 valid rows and skip the 2 bad ones", seen.get(8));
        EventLoop.spinUntil(() -> seen.size() > 9, TIMEOUT_MS, "the import to report what it did");
        assertTrue(String.valueOf(seen.get(9)).contains("Imported 3 clients from agency-export.csv; 2 rows were "
                + "skipped (lines 4, 5)."), String.valueOf(seen.get(9)));

        assertEquals(List.of("c-0001", "h-101", "h-102", "h-105"),
                store.listClients().stream().map(ClientSummary::id).sorted().toList());
        Client rowan = store.loadClient("h-101").orElseThrow();
        assertEquals(List.of("Rowan Calloway", "Ro", "(555) 0188-2040", true, "HHP-0042"),
                List.of(rowan.getLegalName(), rowan.getPreferredName(), rowan.getContact().getPhone(),
                        rowan.getContact().isMayLeaveMessage(), rowan.getCoverages().get(0).getMemberId()));
        assertEquals(List.of("F41.1", "Z63.0"), rowan.getDiagnoses().stream().map(Diagnosis::getIcd10Code).toList());
        assertEquals("Ibarra, Lucía", store.loadClient("h-102").orElseThrow().getLegalName());
        assertEquals("Pat Example", store.loadClient("c-0001").orElseThrow().getLegalName(), "left as it was");
        assertEquals(List.of(AuditAction.CREATE), store.auditLog().entriesFor(RecordKind.CLIENT, "h-105").stream()
                .map(AuditEntry::action).filter(action -> action != AuditAction.OPEN).toList());
        CaseloadView view = StartedCaseload.view();
        EventLoop.spinUntil(() -> view.shownClientNames().size() == 4, TIMEOUT_MS,
                "the caseload view to list the imported clients: " + view.shownClientNames());
        Screenshots.ofWorkbenchWindow(1280, 900, "import-clients-listed.png");
    }

    @Test
    void theFileMenuOffersImportClients() {
        org.eclipse.swt.widgets.MenuItem file = ActiveWorkbench.shell().getMenuBar().getItem(0);
        file.getMenu().notifyListeners(SWT.Show, new Event());
        List<String> entries = Arrays.stream(file.getMenu().getItems()).map(item -> item.getText())
                .map(text -> text.replaceAll("\\t.*", "").replace("&", "")).toList();
        file.getMenu().notifyListeners(SWT.Hide, new Event());

        assertTrue(entries.contains("Import Clients…"), "File menu entries: " + entries);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLineAndAnUnnamedColumnIsMappedByItsCombo() throws Exception {
        Path latin1 = temp.resolve("latin1.csv");
        Files.write(latin1, "Client id,Legal name\nh-1,Jos\u00e9 Ramos\n".getBytes(StandardCharsets.ISO_8859_1));
        Path unnamed = write("unnamed.csv", """
                Chart,Client full legal name,Pronouns
                h-201,Morgan Avery,they/them
                """);
        List<Object> seen = new ArrayList<>();
        DialogWatcher.answer(TITLE, shell -> {
            fillFile(shell, latin1);
            seen.add(summary(shell));
            seen.add(importButton(shell).isEnabled());
            fillFile(shell, unnamed);
            seen.add(summary(shell));
            seen.add(importButton(shell).isEnabled());
            choose(comboBeside(shell, "Client full legal name"), "Legal name (required)");
            choose(comboBeside(shell, "Chart"), "Client id");
            seen.add(summary(shell));
            seen.add(rows(table(shell, 0), 1));
            screenshot(shell, "import-clients-mapped.png");
            Clicks.press(shell, IDialogButtons.CANCEL);
        });
        ActiveWorkbench.runCommand(COMMAND);

        assertTrue(String.valueOf(seen.get(0)).startsWith("Line 2 is not UTF-8 (byte 0xE9 at column 8"),
                String.valueOf(seen.get(0)));
        assertEquals(false, seen.get(1));
        assertEquals("No column is mapped to Legal name; choose the column that holds it.", seen.get(2));
        assertEquals(false, seen.get(3));
        assertEquals("1 client can be imported.", seen.get(4));
        assertEquals(List.of("h-201"), seen.get(5));
        assertEquals(List.of("c-0001"), store.listClients().stream().map(ClientSummary::id).toList(),
                "cancelling imports nothing");
    }

    /** Button labels of JFace dialogs. */
    private static final class IDialogButtons {
        static final String CANCEL = org.eclipse.jface.dialogs.IDialogConstants.CANCEL_LABEL;
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static void fillFile(Shell shell, Path file) {
        org.eclipse.swt.widgets.Text field = WidgetFinder.first(shell, org.eclipse.swt.widgets.Text.class,
                text -> "a .csv file".equals(text.getMessage())).orElseThrow(() -> new AssertionError("no file field"));
        field.setText(file.toString());
        EventLoop.spin();
    }

    private static Button importButton(Shell shell) {
        return WidgetFinder.button(shell, "Import").orElseThrow();
    }

    private static Button skip(Shell shell) {
        return WidgetFinder.first(shell, Button.class, button -> (button.getStyle() & SWT.CHECK) != 0
                && button.getText().startsWith("Import ")).orElseThrow(() -> new AssertionError("no skip check box"));
    }

    /** @return the dialog's n-th table: 0 the preview, 1 the bad rows */
    private static Table table(Shell shell, int n) {
        return WidgetFinder.all(shell, Table.class).get(n);
    }

    private static List<String> rows(Table table, int column) {
        return Arrays.stream(table.getItems()).map((TableItem item) -> item.getText(column)).toList();
    }

    /** @return the summary: the wrapping label above the skip check box */
    private static String summary(Shell shell) {
        EventLoop.spin();
        Control[] siblings = skip(shell).getParent().getChildren();
        int at = Arrays.asList(siblings).indexOf(skip(shell));
        return ((Label) siblings[at - 1]).getText();
    }

    private static Combo comboBeside(Shell shell, String header) {
        Label label = WidgetFinder.first(shell, Label.class, each -> (header + ":").equals(each.getText()))
                .orElseThrow(() -> new AssertionError("no column " + header));
        Control[] siblings = label.getParent().getChildren();
        return (Combo) siblings[Arrays.asList(siblings).indexOf(label) + 1];
    }

    private static void choose(Combo combo, String item) {
        combo.select(Arrays.asList(combo.getItems()).indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
        EventLoop.spin();
    }

    private static void screenshot(Shell shell, String name) {
        try {
            EventLoop.spinFor(300);
            Screenshots.save(shell, name);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
