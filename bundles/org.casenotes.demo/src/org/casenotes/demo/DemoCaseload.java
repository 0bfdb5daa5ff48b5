package org.casenotes.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casenotes.core.SettableClock;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.store.CaseloadStore;

/**
 * The fictional caseload a new user sees at first start: thirteen clients of an invented agency with their plans,
 * about six months of progress notes written and signed through the real note lifecycle (so hashes, signatures,
 * late entries, co-signatures and addenda are real), PHQ-9/GAD-7 series with trends, letters, and a few notes with
 * deliberate problems (see {@link DeliberateProblems}). Dates are relative to "today"; everything else follows
 * from the seed, so the same day and seed give the same caseload.
 *
 * <p>The demo caseload is encrypted like any other, under {@link #PASSPHRASE}. That passphrase is published here
 * and in the user documentation: it protects nothing, and it must never be used for real client data. Create demo
 * caseloads with {@code Caseloads.embeddedUnderPublishedPassphrase()}, which does not stretch it.
 *
 * <pre>
 * try (CaseloadStore store = Caseloads.embeddedUnderPublishedPassphrase().create(folder, DemoCaseload.PASSPHRASE.toCharArray(), DemoCaseload.ACTOR)) {
 *     DemoCaseload.standard(LocalDate.now()).writeTo(store, (done, total, name) -&gt; monitor.worked(1));
 * }
 * </pre>
 */
public final class DemoCaseload {

    /** The published passphrase of every demo caseload (not a secret; fictional data only). */
    public static final String PASSPHRASE = "casenotes demo - fictional clients only";

    /** The user id the demo writes as: the demo agency's clinician Robin Vale, LCSW. */
    public static final String ACTOR = Staff.VALE.getId();

    /** The demo agency's time zone, in which sessions happen and signing windows are counted. */
    public static final ZoneId ZONE = ZoneId.of("America/Chicago");

    private static final long STANDARD_SEED = 20261127L;
    private static final int AGENCY_SIGNING_WINDOW_DAYS = 3;

    private final LocalDate today;
    private final long seed;
    private final FormCatalog forms;

    /**
     * @param today the day the caseload is "now"; sessions go back about six months from it
     * @param seed  the seed of every random choice
     * @param forms where the progress-note form definitions come from
     */
    public DemoCaseload(LocalDate today, long seed, FormCatalog forms) {
        this.today = today;
        this.seed = seed;
        this.forms = forms;
    }

    /**
     * @return the standard demo caseload as of {@code today}, on the built-in {@link DemoForms}, which hold no letter
     *         templates: it has no letters
     */
    public static DemoCaseload standard(LocalDate today) {
        return new DemoCaseload(today, STANDARD_SEED, new DemoForms());
    }

    /**
     * The demo caseload as the product writes it: every note and letter on the installed template library, as any
     * other caseload's (the product passes its form catalogue's installed forms; the {@link DemoForms} are a stand-in
     * for tests without the library).
     *
     * @param library the installed template library (the compiled standard one, with its letter templates)
     * @return the standard demo caseload as of {@code today}, with its letters
     */
    public static DemoCaseload standard(LocalDate today, FormCatalog library) {
        return new DemoCaseload(today, STANDARD_SEED, library);
    }

    /** @return how many clients the demo has */
    public int clientCount() {
        return Cast.clients().size();
    }

    /** @return every client's record and notes, oldest note first, without touching any store */
    public List<ClientHistory> generate() {
        List<ClientHistory> histories = new ArrayList<>();
        generate((history, done, total) -> histories.add(history));
        return histories;
    }

    /**
     * Writes the demo caseload into a store (normally a new, empty one): each client record, then its notes in one
     * transaction.
     *
     * @param store    the unlocked store
     * @param progress told after each client
     * @return what was written
     */
    public Summary writeTo(CaseloadStore store, GenerationProgress progress) {
        int[] counts = new int[3];
        generate((history, done, total) -> {
            store.saveClient(history.client());
            store.saveNotes(history.notes());
            counts[0]++;
            counts[1] += history.notes().size();
            counts[2] += (int) history.notes().stream().filter(note -> note.getSignature() == null).count();
            progress.clientWritten(done, total, history.client().getLegalName());
        });
        return new Summary(counts[0], counts[1], counts[2]);
    }

    private void generate(HistorySink sink) {
        Random random = new Random(seed);
        SettableClock clock = new SettableClock(today.atStartOfDay(ZONE).toInstant(), ZONE);
        NoteLifecycle lifecycle = new NoteLifecycle(clock, SigningGate.NONE,
                new SigningDeadline(AGENCY_SIGNING_WINDOW_DAYS, ZONE));
        List<ClientProfile> clients = Cast.clients();
        for (int i = 0; i < clients.size(); i++) {
            ClientHistory history = new ClientWriter(clients.get(i), today, ZONE, clock, lifecycle, forms, random)
                    .write();
            sink.accept(history, i + 1, clients.size());
        }
    }

    /**
     * What {@link #writeTo} wrote.
     *
     * @param clients  clients saved
     * @param notes    notes saved
     * @param unsigned of those, notes left unsigned
     */
    public record Summary(int clients, int notes, int unsigned) {
    }

    /** Told as the demo is written, so a user interface can show progress. */
    @FunctionalInterface
    public interface GenerationProgress {

        /**
         * @param done   clients written so far
         * @param total  clients in all
         * @param client the legal name of the client just written
         */
        void clientWritten(int done, int total, String client);
    }

    @FunctionalInterface
    private interface HistorySink {
        void accept(ClientHistory history, int done, int total);
    }
}
