package org.casenotes.store.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import org.casenotes.store.CaseloadStore;
import org.casenotes.store.CaseloadStoreFactory;
import org.casenotes.store.internal.backup.CaseloadBackups;
import org.casenotes.store.internal.layout.CaseloadFolderLayout;

/** Creates, opens and restores embedded encrypted caseloads. */
public final class EmbeddedCaseloadStoreFactory implements CaseloadStoreFactory {

    private final Clock clock;
    private final int iterations;

    /** A factory with the system clock and the default key-derivation cost. */
    public EmbeddedCaseloadStoreFactory() {
        this(Clock.systemUTC(), CaseloadCreation.DEFAULT_ITERATIONS);
    }

    /**
     * @param clock      the clock audit entries are stamped with
     * @param iterations PBKDF2 iterations for caseloads this factory creates (tests use few)
     */
    public EmbeddedCaseloadStoreFactory(Clock clock, int iterations) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.iterations = iterations;
    }

    @Override
    public CaseloadStore create(Path location, char[] passphrase, String actor) {
        return SessionCaseloadStore.embedded(CaseloadCreation.create(location, passphrase, actor, clock, iterations),
                clock);
    }

    @Override
    public CaseloadStore open(Path location, char[] passphrase, String actor) {
        return SessionCaseloadStore.embedded(
                EmbeddedSession.open(new CaseloadFolderLayout(location), passphrase, actor, clock), clock);
    }

    @Override
    public CaseloadStore openForReading(Path location, char[] passphrase, String actor) {
        return SessionCaseloadStore.embedded(
                EmbeddedSession.openForReading(new CaseloadFolderLayout(location), passphrase, actor, clock), clock);
    }

    @Override
    public CaseloadStore restore(Path backupFile, char[] passphrase, Path location, String actor) {
        return SessionCaseloadStore.embedded(CaseloadBackups.restore(backupFile, passphrase, location, actor, clock),
                clock);
    }
}
