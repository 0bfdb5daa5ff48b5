/**
 * The embedded, encrypted caseload store (x-internal: use {@link org.casenotes.store.Caseloads#embedded()}), and the
 * record logic every store shares: {@code SessionCaseloadStore} over a {@code RecordSession}, which is the embedded
 * {@code EmbeddedSession} here and a PostgreSQL session in {@code org.casenotes.store.server} (its tables and SQL are
 * the same: see {@code records.KeyedUpsert} for the one statement the two engines spell differently).
 *
 * <h2>Engine choice: H2 2.4 (MVStore) with AES file encryption</h2>
 * <ul>
 * <li><b>Durability and crash safety.</b> MVStore is a copy-on-write, append-only store: a commit writes a new
 * chunk with a checksummed header and footer, and on open the newest complete chunk wins, so a process killed
 * mid-write loses at most the transaction in flight, never part of one. Transactions that were not committed are
 * rolled back on open. H2 keeps commits in memory for up to its write delay, so every durable write here is
 * followed by {@code CHECKPOINT SYNC} (write + fsync) before the save returns (see
 * {@code internal.h2.Transactions}). The kill -9 test exercises exactly this.</li>
 * <li><b>Encryption of everything written.</b> {@code CIPHER=AES} encrypts the whole database file (AES-XTS per
 * block, key from the file password). Temporary result files are opened through the same encrypting file store;
 * large values live inside the same file; the plaintext trace file is switched off ({@code TRACE_LEVEL_FILE=0});
 * the lock is a file-channel lock (no lock file). Online {@code BACKUP} copies the encrypted file as is. The
 * plaintext-scan test checks every file the store writes.</li>
 * <li><b>Keys.</b> The passphrase goes through PBKDF2-HMAC-SHA256 (salt and iteration count in the plaintext
 * header, see {@code internal.layout.CaseloadHeader}); sub-keys for the file cipher, the database user and a key
 * check are derived from it by HMAC, so a wrong passphrase is detected from the header alone and the engine is
 * never asked to open the file with it.</li>
 * <li><b>OSGi and upkeep.</b> The h2 jar on Maven Central is an OSGi bundle; the store calls {@code org.h2.Driver}
 * directly (no {@code DriverManager}, no JVM shutdown hook). H2 is actively maintained (2.4.240, 2025, which
 * fixed compaction of encrypted databases and a compaction data-loss bug present in 2.3.232, hence that
 * minimum).</li>
 * <li><b>Alternatives considered.</b> SQLite with an encryption extension (SQLCipher, or the sqlite-jdbc-crypt
 * fork) needs native libraries per platform inside the bundle; Apache Derby offers boot-password encryption but is
 * far less active; HSQLDB encrypts with a raw key handed over in connection properties; embedded key-value stores
 * (MapDB, Xodus) lack either file encryption or SQL indexes and online backup.</li>
 * </ul>
 *
 * <h2>Layout and format</h2>
 * A caseload is a folder (0700) with {@code caseload.header} (magic, store format version, KDF parameters, key
 * check, the audit anchor; no client data) and {@code caseload.mv.db} (encrypted), both 0600 whatever the umask
 * ({@code layout.PrivateFiles}). The header's version is checked before anything else,
 * and again inside the database ({@code store_meta}), so a newer format is refused untouched; an older database
 * format is upgraded in place when opened ({@code FormatUpgrade}: format 2 added the overview's client columns, derived
 * from the stored records without auditing them as opened). Upgrading H2 to a
 * release with a different file format needs a new store format version and a migration (export/import); the
 * version range in the manifest pins the engine.
 *
 * <h2>Records</h2>
 * Clients (without notes), notes and psychotherapy notes are EMF binary blobs beside indexed columns (client id,
 * names, status, pronouns, next plan review, template id and version, note status, author, date of service), from
 * which the caseload overview and the notes needing attention are read without deserializing anything. Each write
 * appends an audit
 * entry with the SHA-256 of the bytes stored, in the same transaction; the audit table is hash-chained, and its
 * last entry is anchored in the header under an HMAC of the caseload key, so entries cut from the end are reported
 * ({@code AuditAnchorKeeper} says in which order log and anchor are written, and why a crash cannot make them
 * disagree the wrong way).
 *
 * <h2>Reading without writing</h2>
 * A caseload opened for reading ({@code CaseloadStoreFactory#openForReading}) is opened by the engine read-only
 * ({@code ACCESS_MODE_DATA=r}); a database that would need repairs to open is reported damaged rather than repaired.
 * The one audit entry recording the access is written after the reading, by a short read-write open, and only if
 * nothing failed: a damaged or tampered caseload stays byte for byte as it was found.
 */
package org.casenotes.store.internal;
