package org.casenotes.store.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a path with its SHA-256, to prove that a failed open left everything untouched. */
record FileSnapshot(Map<String, String> digests) {

    static FileSnapshot of(Path root) {
        Map<String, String> digests = new TreeMap<>();
        if (Files.isRegularFile(root)) {
            digests.put(root.getFileName().toString(), digest(root));
            return new FileSnapshot(digests);
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> digests.put(root.relativize(file).toString(), digest(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileSnapshot(digests);
    }

    private static String digest(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
