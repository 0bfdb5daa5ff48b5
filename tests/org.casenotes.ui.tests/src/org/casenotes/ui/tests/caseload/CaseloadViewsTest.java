package org.casenotes.ui.tests.caseload;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.casenotes.ui.WorkbenchDataFolder;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.caseload.ClientOverviewView;
import org.casenotes.ui.caseload.NoteView;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caseload a clinician sees at first start, with real widgets: the demo caseload is created in the empty data
 * folder and listed, search and status filter narrow the list, and the client overview shows the plan, the latest
 * measures and a timeline whose notes open in the note form editor and whose letters open read-only.
 */
class CaseloadViewsTest {

    private static final long GENERATION_TIMEOUT_MS = 120_000;

    private CaseloadView caseload;

    @BeforeEach
    void waitForTheCaseload() {
        IWorkbenchPage page = page();
        caseload = (CaseloadView) page.findView(CaseloadUi.CASELOAD_VIEW);
        assertTrue(caseload != null, "the caseload view is part of the perspective");
        spinUntil(caseload::isLoaded, GENERATION_TIMEOUT_MS, "the caseload to load");
        caseload.search("");
        caseload.filterByStatus("All statuses");
    }

    @Test
    void firstStartCreatesTheDemoCaseloadInTheDataFolderAndListsItsClients() throws Exception {
        Path data = WorkbenchDataFolder.current();
        assertTrue(Files.isDirectory(data.resolve("caseload")), "caseload created in " + data);
        assertTrue(Files.readString(data.resolve("demo-caseload.txt")).contains("fictional"));
        List<String> names = caseload.shownClientNames();
        assertEquals(13, names.size(), names.toString());
        assertTrue(names.contains("Samira Haddad"), names.toString());
        assertTrue(caseload.bannerText().startsWith("Demo caseload (fictional clients). 13 clients, 3 unsigned notes"),
                caseload.bannerText());
    }

    @Test
    void searchAndStatusFilterNarrowTheList() {
        caseload.search("hadd");
        spin();
        assertEquals(List.of("Samira Haddad"), caseload.shownClientNames());
        caseload.search("c-1009");
        spin();
        assertEquals(List.of("Elias Brandt"), caseload.shownClientNames());
        caseload.search("");
        caseload.filterByStatus("Discharged");
        spin();
        assertEquals(List.of("Elias Brandt"), caseload.shownClientNames());
        caseload.filterByStatus("Waitlist");
        spin();
        assertEquals(List.of("Wendell Ashgrove (Wen)"), caseload.shownClientNames());
    }

    @Test
    void theFilterShowsClientsWithNotesNeedingAttentionAndEachRowCountsThem() {
        caseload.filterByStatus("With unsigned notes");
        spin();
        List<String> unsigned = caseload.shownClientRows();
        assertEquals(3, unsigned.size(), unsigned.toString());
        assertTrue(unsigned.stream().anyMatch(row -> row.startsWith("Samira Haddad") && row.contains("| 1 | 1 |")),
                "Samira's overdue draft is counted: " + unsigned);
        assertTrue(unsigned.stream().anyMatch(row -> row.startsWith("Jordan Whitfield (Jo)") && row.contains("| 1 |")),
                unsigned.toString());
        assertTrue(unsigned.stream().anyMatch(row -> row.startsWith("Rosa Delgado Whitaker") && row.contains("| 1 |")),
                unsigned.toString());
        caseload.filterByStatus("With overdue notes");
        spin();
        List<String> overdue = caseload.shownClientNames();
        assertTrue(overdue.contains("Samira Haddad"), overdue.toString());
        assertTrue(caseload.bannerText().contains(", " + overdue.size() + " overdue."), caseload.bannerText());
    }

    @Test
    void atTheUsualWindowWidthEveryColumnFitsWithItsHeader() throws Exception {
        Screenshots.ofWorkbenchWindow(1280, 900, "caseload-1280.png");
        int shown = 0;
        for (int[] widthAndHeader : caseload.columnWidthsAndNeeds()) {
            assertTrue(widthAndHeader[0] > widthAndHeader[1], "column narrower than its header: " + widthAndHeader[0]
                    + " < " + widthAndHeader[1]);
            shown += widthAndHeader[0];
        }
        assertTrue(shown <= caseload.tableClientWidth(), shown + " px of columns in " + caseload.tableClientWidth());
    }

    @Test
    void overviewShowsThePlanTheLatestMeasuresAndATimelineWhoseNotesOpen() throws Exception {
        ClientOverviewView overview = selectClient("C-1003");
        assertTrue(overview.factsText().contains("F43.12"), overview.factsText());
        List<String> plan = overview.planLines();
        assertTrue(plan.stream().anyMatch(line -> line.startsWith("Goal: Samira will drive her usual routes")), plan.toString());
        assertTrue(plan.stream().anyMatch(line -> line.startsWith("Objective: Nightmares on no more than 1 night a week")
                && line.contains("measured by sleep diary")), plan.toString());
        assertTrue(overview.measuresText().matches("(?s)PHQ-9: \\d+, (Mild|Moderate|Moderately severe) .*GAD-7: \\d+, .*"),
                overview.measuresText());
        List<String> timeline = overview.timelineRows();
        assertTrue(timeline.size() >= 15, timeline.toString());
        assertTrue(timeline.stream().anyMatch(row -> row.contains("| Letter |")), "letters are in the timeline");
        assertTrue(timeline.stream().anyMatch(row -> row.endsWith("| Draft")), "the unsigned draft is in the timeline");

        try {
            overview.openTimelineEntry(indexOf(timeline, row -> row.endsWith("| Signed")));
            spin();
            IEditorPart editor = page().getActiveEditor();
            assertNotNull(editor, "a signed note opens in the note form editor");
            assertEquals("org.casenotes.ui.forms.noteEditor", editor.getSite().getId());
            assertTrue(editor.getTitle().contains("BIRP progress note"), editor.getTitle());
            Screenshots.ofWorkbenchWindow(1280, 900, "caseload-overview-editor.png");

            overview.openTimelineEntry(indexOf(timeline, row -> row.contains("| Letter |")));
            spin();
            NoteView letter = (NoteView) page().findView(CaseloadUi.NOTE_VIEW);
            assertTrue(letter.shownText().contains("I am asking you to approve 12 more."), letter.shownText());
            assertTrue(letter.shownText().contains("Re: Samira Haddad, member ID"), letter.shownText());
            Screenshots.ofWorkbenchWindow(1280, 900, "caseload-overview-letter.png");
        } finally {
            page().closeAllEditors(false);
        }
    }

    @Test
    void aWorseningClientShowsTheRisingScore() {
        ClientOverviewView overview = selectClient("C-1004");
        assertTrue(overview.measuresText().contains("PHQ-9: 17, Moderately severe"), overview.measuresText());
        assertFalse(overview.timelineRows().isEmpty());
    }

    private ClientOverviewView selectClient(String id) {
        caseload.selectClient(id);
        ClientOverviewView overview = (ClientOverviewView) page().findView(CaseloadUi.CLIENT_OVERVIEW_VIEW);
        try {
            spinUntil(() -> id.equals(overview.shownClientId()), 30_000, "client " + id + " to show");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; shown " + overview.shownClientId() + ", selected "
                    + caseload.selectedClientId() + ", rows " + caseload.shownClientNames() + ", demo "
                    + org.casenotes.ui.caseload.CaseloadSession.current().isDemo() + ", jobs "
                    + java.util.Arrays.toString(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null)), e);
        }
        return overview;
    }

    private static int indexOf(List<String> rows, Predicate<String> wanted) {
        for (int i = 0; i < rows.size(); i++) {
            if (wanted.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such row in " + rows);
    }
}
