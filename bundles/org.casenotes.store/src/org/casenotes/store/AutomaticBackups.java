package org.casenotes.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One caseload's automatic backups in one folder the clinician chose: whether the next is due, writing it under a
 * dated name ({@link CaseloadStore#backupTo}, so encrypted under the caseload's passphrase and private to its owner),
 * and keeping only the newest few. When the last backup was made is read from the folder itself, so a backup that
 * failed is simply still due, and a new folder starts with a backup.
 *
 * <p>Only files named as this class names them for this caseload, {@code auto-<caseload folder>-<8 hex digits of
 * its location>-<UTC time>.cnbackup}, are its automatic backups. Nothing else in the folder (the clinician's own
 * backups, another caseload's automatic ones, any other file) is ever deleted.
 */
public final class AutomaticBackups {

    /** The file name extension of backups, as File &gt; Back Up suggests it. */
    public static final String EXTENSION = ".cnbackup";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int MAX_NAME_PART = 40;

    private final Path folder;
    private final String prefix;
    private final Clock clock;

    /**
     * @param folder   the folder the backups go to (chosen by the clinician; it must exist when one is written)
     * @param caseload the caseload's location, which tells its automatic backups apart from other caseloads'
     * @param clock    the clock that dates the backups
     */
    public AutomaticBackups(Path folder, Path caseload, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.prefix = prefixFor(caseload.toAbsolutePath().normalize());
        this.clock = clock;
    }

    /** @return the folder the backups go to */
    public Path folder() {
        return folder;
    }

    /** @return this caseload's automatic backups in the folder, newest first; none if the folder is not there */
    public List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> takenAt(file).isPresent() && Files.isRegularFile(file))
                    .sorted(Comparator.comparing((Path file) -> takenAt(file).orElseThrow()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** @return when the newest automatic backup of this caseload in the folder was written, if there is one */
    public Optional<Instant> last() {
        return backups().stream().findFirst().flatMap(this::takenAt);
    }

    /**
     * @param interval how often a backup is wanted
     * @return whether the newest backup is {@code interval} old or older, or there is none
     */
    public boolean isDue(Duration interval) {
        return last().map(taken -> !clock.instant().isBefore(taken.plus(interval))).orElse(true);
    }

    /**
     * Writes a backup of {@code store} into the folder now, then deletes this caseload's automatic backups beyond the
     * newest {@code keep}.
     *
     * @param store the open, unlocked caseload
     * @param keep  how many automatic backups to keep (at least 1)
     * @return the backup written
     * @throws CaseloadStoreException if the folder is not there (an unplugged drive is not silently replaced by a new
     *                                folder on this computer), the backup cannot be written (e.g. the disk is full),
     *                                or an older backup cannot be deleted; its message says which, for the clinician
     */
    public Path writeFrom(CaseloadStore store, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("At least one automatic backup must be kept, not " + keep);
        }
        if (!Files.isDirectory(folder)) {
            throw new CaseloadStoreException("The backup folder " + folder + " is not there (is its drive connected?).");
        }
        if (!Files.isWritable(folder)) {
            throw new CaseloadStoreException("The backup folder " + folder + " cannot be written to.");
        }
        Path backup = folder.resolve(prefix + STAMP.format(clock.instant()) + EXTENSION);
        store.backupTo(backup);
        List<Path> all = new ArrayList<>(backups());
        all.remove(backup);
        all.add(0, backup);
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new CaseloadStoreException("The backup " + backup.getFileName() + " was written, but the older"
                        + " automatic backup " + old + " could not be deleted: " + e.getMessage(), e);
            }
        }
        return backup;
    }

    private Optional<Instant> takenAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(EXTENSION)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(name.substring(prefix.length(),
                    name.length() - EXTENSION.length()))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String prefixFor(Path caseload) {
        String folderName = caseload.getFileName() == null ? "caseload" : caseload.getFileName().toString();
        String readable = folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (readable.isEmpty()) {
            readable = "caseload";
        }
        readable = readable.substring(0, Math.min(MAX_NAME_PART, readable.length()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(caseload.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return "auto-" + readable + "-" + HexFormat.of().formatHex(digest, 0, 4) + "-";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
