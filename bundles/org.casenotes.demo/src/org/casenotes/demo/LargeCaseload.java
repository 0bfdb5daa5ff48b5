package org.casenotes.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.casenotes.core.SettableClock;
import org.casenotes.core.lifecycle.NoteLifecycle;
import org.casenotes.core.lifecycle.SigningDeadline;
import org.casenotes.core.lifecycle.SigningGate;
import org.casenotes.demo.DemoCaseload.GenerationProgress;
import org.casenotes.demo.DemoCaseload.Summary;
import org.casenotes.model.record.ClientStatus;
import org.casenotes.store.CaseloadStore;
import org.casenotes.store.Caseloads;

/**
 * A large fictional caseload for benchmarks (by default 1,000 clients with about 100 notes each): the demo's
 * clinical stories retold for invented people, each seen weekly for about two years, every note written and
 * signed through the note lifecycle like the demo's (real hashes and signatures, plans, sessions, measures).
 * Every client has exactly {@code notesPerClient} notes. Deterministic for a given day and seed.
 *
 * <pre>
 * java -cp ... org.casenotes.demo.LargeCaseload FOLDER [CLIENTS [NOTES_PER_CLIENT]]
 * </pre>
 * creates a caseload at FOLDER under {@link DemoCaseload#PASSPHRASE} and prints what it wrote and how long it took.
 */
public final class LargeCaseload {

    private static final String[] GIVEN = {"Avery", "Rowan", "Imani", "Tomas", "Priya", "Elena", "Marcus", "Noor",
        "Jonah", "Lucia", "Kenji", "Sadie", "Dmitri", "Amara", "Felix", "Hazel", "Omar", "Greta", "Idris", "Wren",
        "Ines", "Kofi", "Mirela", "Tariq", "Yuki"};
    private static final String[] FAMILY = {"Ashdown", "Brightwater", "Calloway", "Dunmore", "Ellery", "Fairhall",
        "Greaves", "Holloway", "Ingram", "Jessop", "Kettering", "Lindgren", "Marwood", "Northcott", "Oakhurst",
        "Pellow", "Quarrie", "Redfern", "Stroud", "Thackery", "Underhill", "Varga", "Whitlock", "Yardley"};

    private final LocalDate today;
    private final long seed;

    /**
     * @param today the day the caseload is "now"
     * @param seed  the seed of every random choice
     */
    public LargeCaseload(LocalDate today, long seed) {
        this.today = today;
        this.seed = seed;
    }

    /**
     * Writes the caseload, one client (record, then its notes in one transaction) at a time.
     *
     * @param store          the unlocked store, normally new
     * @param clients        how many clients
     * @param notesPerClient notes per client (one a week)
     * @param progress       told after each client
     * @return what was written
     */
    public Summary fill(CaseloadStore store, int clients, int notesPerClient, GenerationProgress progress) {
        Random random = new Random(seed);
        SettableClock clock = new SettableClock(today.atStartOfDay(DemoCaseload.ZONE).toInstant(), DemoCaseload.ZONE);
        NoteLifecycle lifecycle = new NoteLifecycle(clock, SigningGate.NONE, new SigningDeadline(3, DemoCaseload.ZONE));
        DemoForms forms = new DemoForms();
        List<ClientProfile> stories = Cast.clients().stream()
                .filter(profile -> profile.status() != ClientStatus.WAITLIST).toList();
        int notes = 0;
        int unsigned = 0;
        for (int i = 0; i < clients; i++) {
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            ClientProfile profile = stories.get(i % stories.size()).retold("C-" + (200_000 + i), name, notesPerClient);
            ClientHistory history = new ClientWriter(profile, today, DemoCaseload.ZONE, clock, lifecycle, forms,
                    random).write();
            store.saveClient(history.client());
            store.saveNotes(history.notes());
            notes += history.notes().size();
            unsigned += (int) history.notes().stream().filter(note -> note.getSignature() == null).count();
            progress.clientWritten(i + 1, clients, name);
        }
        return new Summary(clients, notes, unsigned);
    }

    /**
     * Creates a large caseload in a new folder.
     *
     * @param arguments FOLDER [CLIENTS [NOTES_PER_CLIENT]]
     */
    public static void main(String[] arguments) {
        Path folder = Path.of(arguments[0]);
        int clients = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1_000;
        int notesPerClient = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 100;
        long start = System.nanoTime();
        try (CaseloadStore store = Caseloads.embedded().create(folder, DemoCaseload.PASSPHRASE.toCharArray(),
                DemoCaseload.ACTOR)) {
            Summary summary = new LargeCaseload(LocalDate.now(DemoCaseload.ZONE), 42).fill(store, clients,
                    notesPerClient, (done, total, name) -> {
                        if (done % 100 == 0) {
                            System.out.println("large caseload: " + done + " of " + total + " clients");
                        }
                    });
            System.out.println("large caseload: " + summary + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}
