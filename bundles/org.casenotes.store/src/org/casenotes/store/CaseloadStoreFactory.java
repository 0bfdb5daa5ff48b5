package org.casenotes.store;

import java.nio.file.Path;

/**
 * Creates, opens and restores caseloads. The embedded implementation is registered as an OSGi Declarative Services
 * component with the property {@value #KIND_PROPERTY}{@code =}{@value #EMBEDDED} ({@code OSGI-INF/embedded-caseload-store.xml});
 * the workbench and the command line look it up by that property, so another bundle can offer (or, with a higher
 * service ranking, replace) the store behind them. {@link Caseloads#embedded()} makes one directly, for code outside
 * OSGi such as tests. A caseload is a folder the user chooses (its layout is the implementation's business).
 *
 * <pre>{@code
 * CaseloadStoreFactory embedded = RegisteredService.await(CaseloadStoreFactory.class,
 *         "(" + CaseloadStoreFactory.KIND_PROPERTY + "=" + CaseloadStoreFactory.EMBEDDED + ")", MyCommand.class);
 * try (CaseloadStore store = embedded.open(folder, passphrase, "clinician")) {
 *     store.listClients();
 * }
 * }</pre>
 *
 * ({@code RegisteredService} is {@code org.casenotes.core.services.RegisteredService}.)
 */
public interface CaseloadStoreFactory {

    /** Service property naming the kind of store a registered factory makes. */
    String KIND_PROPERTY = "casenotes.store.kind";

    /** {@link #KIND_PROPERTY} of the embedded, encrypted, single-user store. */
    String EMBEDDED = "embedded";

    /**
     * Creates an empty caseload, unlocked.
     *
     * @param location   a folder that does not exist yet or is empty
     * @param passphrase the passphrase that will unlock it (wiped by this call)
     * @param actor      the user id creating it
     * @return the store
     * @throws CaseloadStoreException if something is already at the location
     */
    CaseloadStore create(Path location, char[] passphrase, String actor);

    /**
     * Opens and unlocks an existing caseload.
     *
     * @param location   the caseload folder
     * @param passphrase its passphrase (wiped by this call)
     * @param actor      the user id working with it
     * @return the store, unlocked
     * @throws WrongPassphraseException   wrong passphrase; nothing was written
     * @throws NotACaseloadException      nothing, or something else, is at the location; it was left untouched
     * @throws UnsupportedFormatException written by a newer version; left untouched
     * @throws CorruptCaseloadException   damaged; left untouched
     * @throws CaseloadInUseException     open elsewhere
     */
    CaseloadStore open(Path location, char[] passphrase, String actor);

    /**
     * Opens an existing caseload for reading only, for checks such as an audit or verifying the audit trail: the
     * database is opened without the engine writing to its file, an older format is refused rather than upgraded,
     * every save is refused, and the records read are not audited one by one. Instead the whole access is recorded as
     * one {@link AuditAction#OPEN} entry of the caseload when the store is closed, and only if no read failed and
     * {@link AuditLog#verify()} (if called) found nothing: a damaged or tampered caseload is left byte for byte as it
     * was, so a check never alters the evidence it checks.
     *
     * @param location   the caseload folder
     * @param passphrase its passphrase (wiped by this call)
     * @param actor      the user id reading it
     * @return the store, unlocked, read-only
     * @throws WrongPassphraseException   wrong passphrase; nothing was written
     * @throws NotACaseloadException      nothing, or something else, is at the location; it was left untouched
     * @throws UnsupportedFormatException written by a newer version; left untouched
     * @throws CorruptCaseloadException   damaged; left untouched
     * @throws CaseloadInUseException     open for work elsewhere
     * @throws CaseloadStoreException     written by an older version (open it for work once to upgrade it)
     */
    CaseloadStore openForReading(Path location, char[] passphrase, String actor);

    /**
     * Restores a backup made by {@link CaseloadStore#backupTo(Path)} as a caseload at a new location. The backup
     * is checked (integrity, passphrase, audit chain, every record against its audit digest) before anything
     * appears at the location, and the restore is recorded in the restored audit log.
     *
     * @param backupFile the backup
     * @param passphrase the passphrase the backup was made under (wiped by this call)
     * @param location   a folder that does not exist yet or is empty
     * @param actor      the user id restoring
     * @return the restored store, unlocked
     * @throws WrongPassphraseException  wrong passphrase
     * @throws NotACaseloadException     the file is not a Casenotes backup
     * @throws CorruptCaseloadException  the backup is damaged or fails verification
     */
    CaseloadStore restore(Path backupFile, char[] passphrase, Path location, String actor);
}
