package org.casenotes.store.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.casenotes.model.record.Note;
import org.casenotes.store.CaseloadStoreException;
import org.casenotes.store.internal.crypto.CaseloadKey;
import org.casenotes.store.internal.layout.PrivateFiles;
import org.casenotes.store.internal.records.RecordCodec;

/**
 * Drafts of one account of one agency server kept on this computer while the server cannot be reached, encrypted
 * with AES-256-GCM under a key derived from the account's password (PBKDF2-HMAC-SHA256, 210,000 iterations, a random
 * salt kept beside the drafts; the password itself is never stored). One file per note, in a folder of the account's
 * own (readable by its owner only), written atomically; the file's name is a digest of the note id, so nothing of the
 * note, not even its id, is readable without the password. The next sign-in with the same password reads them back,
 * after a crash too; after the account's password changed they cannot be read ({@link #unreadable()} counts them).
 */
public final class KeptDrafts implements AutoCloseable {

    static final int ITERATIONS = 210_000;
    private static final byte[] MAGIC = "CNKD1".getBytes(StandardCharsets.US_ASCII);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String SUFFIX = ".draft";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final byte[] associated;
    private final byte[] key;
    private final Clock clock;
    private final RecordCodec codec = new RecordCodec();

    private KeptDrafts(Path folder, byte[] associated, byte[] key, Clock clock) {
        this.folder = folder;
        this.associated = associated;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Opens (creating it if needed) the kept drafts of {@code user} on the server at {@code url}.
     *
     * @param root     the user's local data folder for kept drafts (one sub-folder per server and account)
     * @param url      the server's JDBC URL
     * @param user     the account
     * @param password its password (left to the caller to wipe)
     * @param clock    the clock drafts are stamped with
     * @return the kept drafts, their key in memory until {@link #close()}
     * @throws CaseloadStoreException if the folder cannot be written
     */
    public static KeptDrafts open(Path root, String url, String user, char[] password, Clock clock) {
        String account = url + "\n" + user;
        Path folder = root.resolve(HexFormat.of().formatHex(sha256(account.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32));
        try {
            PrivateFiles.createDirectories(folder);
            Path saltFile = folder.resolve("key-salt");
            if (!Files.exists(saltFile)) {
                byte[] salt = new byte[16];
                RANDOM.nextBytes(salt);
                writeAtomically(saltFile, salt);
            }
            byte[] salt = Files.readAllBytes(saltFile);
            try (CaseloadKey derived = CaseloadKey.derive(password, salt, ITERATIONS)) {
                return new KeptDrafts(folder, ("casenotes kept draft v1\n" + account).getBytes(StandardCharsets.UTF_8),
                        derived.keptDraftKey(), clock);
            }
        } catch (IOException e) {
            throw new CaseloadStoreException("Could not prepare the folder for drafts kept on this computer ("
                    + folder + "): " + e.getMessage(), e);
        }
    }

    /**
     * Keeps {@code draft}, encrypted, replacing what was kept of the same note before; durable when this returns.
     *
     * @param draft       the note
     * @param baseVersion the version on the server it was written over, or null
     * @throws CaseloadStoreException if it cannot be written
     */
    public synchronized void keep(Note draft, String baseVersion) {
        Objects.requireNonNull(draft.getId(), "note id");
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(plain)) {
                out.writeLong(clock.millis());
                out.writeUTF(baseVersion == null ? "" : baseVersion);
                byte[] note = codec.encode(draft);
                out.writeInt(note.length);
                out.write(note);
            }
            byte[] bytes = plain.toByteArray();
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv).doFinal(bytes);
            Arrays.fill(bytes, (byte) 0);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.write(MAGIC);
            file.write(iv);
            file.write(sealed);
            writeAtomically(fileOf(draft.getId()), file.toByteArray());
        } catch (IOException | GeneralSecurityException e) {
            throw new CaseloadStoreException("Could not keep the draft of note " + draft.getId()
                    + " on this computer: " + e.getMessage(), e);
        }
    }

    /** @return every draft kept that this password opens, oldest first */
    public synchronized List<KeptDraft> all() {
        List<KeptDraft> drafts = new ArrayList<>();
        for (Path file : files()) {
            read(file).ifPresent(drafts::add);
        }
        drafts.sort(java.util.Comparator.comparing(KeptDraft::keptAt));
        return drafts;
    }

    /**
     * @param noteId a note
     * @return the draft kept of it, if any
     */
    public synchronized Optional<KeptDraft> find(String noteId) {
        Path file = fileOf(noteId);
        return Files.exists(file) ? read(file) : Optional.empty();
    }

    /** @return how many kept drafts this password does not open (kept under the account's former password) */
    public synchronized int unreadable() {
        return (int) files().stream().filter(file -> read(file).isEmpty()).count();
    }

    /**
     * Deletes what was kept of a note (once it reached the server); does nothing if nothing was.
     *
     * @param noteId the note
     */
    public synchronized void discard(String noteId) {
        try {
            Files.deleteIfExists(fileOf(noteId));
        } catch (IOException e) {
            throw new CaseloadStoreException("Could not delete the draft of note " + noteId
                    + " kept on this computer: " + e.getMessage(), e);
        }
    }

    /**
     * @param noteId a note
     * @return the file its draft is (or would be) kept in
     */
    public Path fileOf(String noteId) {
        byte[] name = (new String(associated, StandardCharsets.UTF_8) + "\n" + noteId).getBytes(StandardCharsets.UTF_8);
        return folder.resolve(HexFormat.of().formatHex(sha256(name)).substring(0, 40) + SUFFIX);
    }

    /** @return the account's folder of kept drafts */
    public Path folder() {
        return folder;
    }

    /** Wipes the key from memory. */
    @Override
    public synchronized void close() {
        Arrays.fill(key, (byte) 0);
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(file -> file.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new CaseloadStoreException("Could not read the drafts kept on this computer (" + folder + "): "
                    + e.getMessage(), e);
        }
    }

    private Optional<KeptDraft> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length < MAGIC.length + IV_BYTES || !Arrays.equals(MAGIC, Arrays.copyOf(bytes, MAGIC.length))) {
            return Optional.empty();
        }
        byte[] plain;
        try {
            byte[] iv = Arrays.copyOfRange(bytes, MAGIC.length, MAGIC.length + IV_BYTES);
            plain = cipher(Cipher.DECRYPT_MODE, iv).doFinal(bytes, MAGIC.length + IV_BYTES,
                    bytes.length - MAGIC.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            return Optional.empty(); // another password's, or damaged: authenticated encryption tells
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            Instant keptAt = Instant.ofEpochMilli(in.readLong());
            String base = in.readUTF();
            byte[] note = new byte[in.readInt()];
            in.readFully(note);
            return Optional.of(new KeptDraft(codec.decode(note, Note.class), keptAt, base.isEmpty() ? null : base));
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associated);
        return cipher;
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream out = PrivateFiles.newOutputStream(temporary)) {
            out.write(bytes);
        }
        try (var channel = java.nio.channels.FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
