package org.casenotes.ui.tests.charts;

import static org.casenotes.ui.testsupport.ActiveWorkbench.page;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.casenotes.core.record.PlanReviewDue;
import org.casenotes.store.CaseloadDashboard;
import org.casenotes.store.CaseloadDashboard.Concern;
import org.casenotes.store.CaseloadEntry;
import org.casenotes.store.CaseloadOverview;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.NoteReference;
import org.casenotes.model.record.Note;
import org.casenotes.model.record.NoteStatus;
import org.casenotes.ui.caseload.CaseloadSession;
import org.casenotes.ui.caseload.CaseloadUi;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.testsupport.Clicks;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The caseload as a dashboard, with real widgets on the demo caseload: a button per concern shows its count, and
 * pressing it filters the list to exactly the clients behind the count.
 */
class CaseloadDashboardUiTest {

    private CaseloadView caseload;
    private CaseloadOverview overview;

    @BeforeEach
    void waitForTheCaseload() {
        caseload = (CaseloadView) page().findView(CaseloadUi.CASELOAD_VIEW);
        spinUntil(caseload::isLoaded, 120_000, "the caseload to load");
        caseload.search("");
        caseload.filterByStatus("All statuses");
        overview = CaseloadSession.current().store().overview(CaseloadSession.overdueBefore());
    }

    @AfterEach
    void showEveryone() {
        caseload.filterByStatus("All statuses");
    }

    @Test
    void eachCountSaysHowManyAndPressingItShowsTheClientsBehindIt() throws Exception {
        CaseloadDashboard expected = CaseloadDashboard.of(overview.entries(), LocalDate.now(),
                PlanReviewDue.WINDOW_DAYS);
        int pressed = 0;
        for (Concern concern : Concern.values()) {
            Button button = caseload.dashboardButton(concern);
            int count = expected.count(concern);
            assertEquals(concern.counted(count), button.getText());
            assertEquals(count > 0, button.isEnabled(), concern.title());
            if (count == 0) {
                continue;
            }
            Clicks.click(button);
            Set<String> shown = new TreeSet<>(caseload.shownClientNames());
            Set<String> behind = new TreeSet<>(overview.entries().stream()
                    .filter(entry -> expected.concerns(concern, entry.client().id()))
                    .map(entry -> entry.client().displayName()).toList());
            assertEquals(behind, shown, concern.title() + " filters to the clients behind its count");
            assertFalse(shown.isEmpty());
            pressed++;
            if (concern == Concern.PLAN_REVIEW_DUE) {
                assertEquals("Plan review due", caseload.chosenFilter());
                Screenshots.ofWorkbenchWindow(1280, 900, "caseload-dashboard-reviews-due.png");
            } else {
                assertEquals(concern.title(), caseload.chosenFilter());
            }
        }
        assertTrue(pressed >= 1, "the demo caseload has work waiting: plan reviews due");
    }

    @Test
    void aNoteSubmittedForCoSignatureIsCountedAndPressingTheCountShowsItsClient() throws Exception {
        CaseloadStore store = CaseloadSession.current().store();
        NoteReference draft = store.notesNeedingAttention().stream()
                .filter(note -> note.status() == NoteStatus.DRAFT).findFirst().orElseThrow();
        Note note = store.loadNote(draft.noteId()).orElseThrow();
        Button awaited = caseload.dashboardButton(Concern.COSIGNATURE_AWAITED);
        int before = CaseloadDashboard.of(overview.entries(), LocalDate.now(), PlanReviewDue.WINDOW_DAYS)
                .count(Concern.COSIGNATURE_AWAITED);
        try {
            note.setStatus(NoteStatus.SUBMITTED);
            store.saveNote(note);
            reload();
            assertEquals(Concern.COSIGNATURE_AWAITED.counted(before + 1), awaited.getText());
            assertTrue(awaited.isEnabled());

            Clicks.click(awaited);

            String name = overview.entries().stream().filter(entry -> entry.client().id().equals(draft.clientId()))
                    .findFirst().orElseThrow().client().displayName();
            assertTrue(caseload.shownClientNames().contains(name), caseload.shownClientNames().toString());
            assertEquals(Concern.COSIGNATURE_AWAITED.title(), caseload.chosenFilter());
            Screenshots.ofWorkbenchWindow(1280, 900, "caseload-dashboard-cosignature.png");
        } finally {
            note.setStatus(NoteStatus.DRAFT);
            store.saveNote(note);
            reload();
        }
        assertEquals(Concern.COSIGNATURE_AWAITED.counted(before), awaited.getText());
    }

    private void reload() {
        CaseloadView.reloadIfShowing(page(), null);
        spinUntil(caseload::isLoaded, 30_000, "the caseload to load again");
    }

    @Test
    void notSeenCountsActiveClientsLastSeenMoreThanThirtyDaysAgoAsTheListShowsThem() throws Exception {
        LocalDate stale = LocalDate.now().minusDays(CaseloadDashboard.NOT_SEEN_DAYS);
        List<String> expected = overview.entries().stream().filter(entry -> "ACTIVE".equals(entry.client().status()))
                .filter(entry -> entry.client().lastService().map(day -> day.isBefore(stale)).orElse(true))
                .map(CaseloadEntry::client).map(client -> client.displayName()).sorted().toList();
        Button notSeen = caseload.dashboardButton(Concern.NOT_SEEN);
        assertEquals(Concern.NOT_SEEN.counted(expected.size()), notSeen.getText());
        if (!expected.isEmpty()) {
            Clicks.click(notSeen);
            assertEquals(expected, caseload.shownClientNames().stream().sorted().toList());
        }
        caseload.filterByStatus("All statuses");
        Screenshots.ofWorkbenchWindow(1280, 900, "caseload-dashboard.png");
    }
}
