package org.casenotes.template.agency;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The {@code versions.sha256} file of one template's published folder: one line per published file,
 * {@code <sha-256 in hex>  <relative path>}, as {@code sha256sum} writes and checks it. Lines are only ever added.
 */
final class ChecksumManifest {

    static final String FILE_NAME = "versions.sha256";

    private final Path file;

    ChecksumManifest(Path templateFolder) {
        this.file = templateFolder.resolve(FILE_NAME);
    }

    /** @return the recorded checksum of {@code relativePath}, if it was recorded */
    Optional<String> checksumOf(String relativePath) {
        return Optional.ofNullable(entries().get(relativePath));
    }

    /**
     * Records the checksums of newly published files, by relative path, in one addition; the manifest stays
     * read-only between additions.
     */
    void add(SequencedMap<String, String> checksums) {
        StringBuilder lines = new StringBuilder();
        checksums.forEach((relativePath, checksum) -> lines.append(checksum).append("  ").append(relativePath)
                .append('\n'));
        try {
            if (Files.exists(file)) {
                ReadOnlyFiles.makeWritable(file);
            }
            Files.writeString(file, lines, StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ReadOnlyFiles.makeReadOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot record the checksum in " + file, e);
        }
    }

    private Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap > 0) {
                    entries.put(line.substring(gap + 2).trim(), line.substring(0, gap).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checksums in " + file, e);
        }
        return entries;
    }

    /** @return the SHA-256 of {@code text} in UTF-8, in lower-case hex */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the SHA-256 of {@code bytes}, in lower-case hex */
    static String sha256(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
