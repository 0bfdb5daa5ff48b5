package org.casenotes.ui.tests.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.record.Client;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.model.record.RecordFactory;
import org.casenotes.store.CaseloadStore;
import org.casenotes.ui.caseload.CaseloadView;
import org.casenotes.ui.tests.StartedCaseload;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures how long the caseload view takes to filter its client list on each keystroke in its search box, with
 * 1,000 clients more than the demo's 13: from the search text changing (the same modify event a typed key sends)
 * until the table has been filtered and repainted. Names are typed letter by letter and erased again, as a clinician
 * looks for a client. A measurement, not a test: it runs only with {@code -Dcasenotes.benchmark=true}, adds its
 * clients to the demo caseload of the test workbench, and writes its numbers to {@code target/filter-latency.txt}.
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class CaseloadFilterLatencyHarness {

    private static final int CLIENTS = 1_000;
    private static final String[] GIVEN = {"Avery", "Rowan", "Imani", "Tomas", "Priya", "Elena", "Marcus", "Noor",
        "Jonah", "Lucia", "Kenji", "Sadie", "Dmitri", "Amara", "Felix", "Hazel", "Omar", "Greta", "Idris", "Wren"};
    private static final String[] FAMILY = {"Ashdown", "Brightwater", "Calloway", "Dunmore", "Ellery", "Fairhall",
        "Greaves", "Holloway", "Ingram", "Jessop", "Kettering", "Lindqvist", "Marwood", "Northcott", "Oakhurst",
        "Pemberton", "Quarry", "Redfern", "Stroud", "Thackeray", "Underhill", "Vance", "Whitlock", "Yardley"};
    /** What is typed, letter by letter, and then erased letter by letter. */
    private static final String[] SEARCHES = {"holloway", "priya", "bench-0042", "noor ing", "wren", "kettering",
        "c-10", "amara v", "tomas", "zz"};
    private static final int WARM_UP_ROUNDS = 2;
    private static final int ROUNDS = 5;
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    @Test
    void filteringAThousandClientsPerKeystroke() throws Exception {
        CaseloadStore store = StartedCaseload.store();
        CaseloadView view = StartedCaseload.view();
        int demoClients = view.shownClientNames().size();
        long adding = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            Client client = RecordFactory.eINSTANCE.createClient();
            client.setId(String.format("bench-%04d", i));
            client.setLegalName(GIVEN[i % GIVEN.length] + " " + FAMILY[(i * 7) % FAMILY.length]);
            client.setPronouns(i % 3 == 0 ? "she/her" : i % 3 == 1 ? "he/him" : "they/them");
            client.setDateOfBirth(LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28));
            client.setStatus(i % 10 == 0 ? ClientStatus.WAITLIST : ClientStatus.ACTIVE);
            store.saveClient(client);
        }
        long added = System.nanoTime() - adding;
        CaseloadView.reloadIfShowing(ActiveWorkbench.page(), null);
        EventLoop.spinUntil(() -> view.isLoaded() && view.shownClientNames().size() == demoClients + CLIENTS,
                120_000, "the caseload view to list the added clients");

        String loadAverage = Files.exists(LOAD_AVERAGE) ? Files.readString(LOAD_AVERAGE).strip() : "unknown";
        List<Long> nanos = new ArrayList<>();
        int narrowest = Integer.MAX_VALUE;
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (String search : SEARCHES) {
                for (int length = 1; length <= search.length(); length++) {
                    long time = keystroke(view, search.substring(0, length));
                    narrowest = Math.min(narrowest, view.shownClientNames().size());
                    if (round >= WARM_UP_ROUNDS) {
                        nanos.add(time);
                    }
                }
                for (int length = search.length() - 1; length >= 0; length--) {
                    long time = keystroke(view, search.substring(0, length));
                    if (round >= WARM_UP_ROUNDS) {
                        nanos.add(time);
                    }
                }
            }
        }
        assertEquals(demoClients + CLIENTS, view.shownClientNames().size(), "all clients shown after erasing");
        assertTrue(narrowest == 0, "a search that matches no one shows no one");
        view.search("holloway");
        EventLoop.spin();
        Screenshots.ofWorkbenchWindow("caseload-filter-1000-clients.png");
        view.search("");
        EventLoop.spin();

        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format("caseload view search over %d clients, %d keystrokes (typing and erasing): "
                + "p50 %.1f ms, p95 %.1f ms, max %.1f ms (load average before: %s; adding %d clients took %d ms)%n",
                demoClients + CLIENTS, sorted.length, millis(sorted, 0.50), millis(sorted, 0.95),
                sorted[sorted.length - 1] / 1e6, loadAverage, CLIENTS, added / 1_000_000);
        System.out.print(report);
        Files.writeString(Screenshots.targetFolder().resolve("filter-latency.txt"), report);
    }

    /** @return nanoseconds from the search text changing until the filtered table is painted */
    private static long keystroke(CaseloadView view, String text) {
        long start = System.nanoTime();
        view.search(text);
        EventLoop.spin();
        view.paintNow();
        return System.nanoTime() - start;
    }

    private static double millis(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(percentile * sorted.length) - 1)] / 1e6;
    }
}
