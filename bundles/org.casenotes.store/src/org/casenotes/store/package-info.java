/**
 * The caseload store API: how the workbench, the CLI and tests keep clients, notes, psychotherapy notes and the
 * audit log, without knowing how or where they are stored.
 *
 * <ul>
 * <li>{@link org.casenotes.store.CaseloadStoreFactory} creates, opens (unlocks) and restores caseloads;
 * {@link org.casenotes.store.Caseloads#embedded()} is the encrypted single-user store that needs no setup.</li>
 * <li>{@link org.casenotes.store.CaseloadStore} speaks record-model objects ({@code org.casenotes.model.record}):
 * list/search clients from indexed data, load a client's whole record, save clients and notes durably, autosave
 * drafts, lock and unlock ({@link org.casenotes.store.IdleLock} locks after inactivity).</li>
 * <li>{@link org.casenotes.store.PsychotherapyNotes} is the only way to psychotherapy notes.</li>
 * <li>{@link org.casenotes.store.AuditLog} is append-only and hash-chained;
 * {@link org.casenotes.store.AuditLog#verify()} names the exact entry or record that was altered.</li>
 * <li>Failures are {@link org.casenotes.store.CaseloadStoreException}s whose subclasses say what the user can do
 * (wrong passphrase, newer format, damaged, in use, locked, signed note).</li>
 * </ul>
 *
 * A second implementation (e.g. an agency server database) implements {@code CaseloadStoreFactory},
 * {@code CaseloadStore}, {@code PsychotherapyNotes} and {@code AuditLog} following their Javadoc contracts, and
 * can be checked against the behaviour tests in {@code org.casenotes.store.tests} (those that do not reach into
 * {@code internal} packages). Nothing in this package exposes SQL, files or cryptography.
 */
package org.casenotes.store;
