package org.casenotes.store.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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

    /**
     * @param root a folder
     * @return every path under it (itself included, as "") with its last modification time: a write that puts back
     *         the same bytes, or creates and deletes a file, still changes one of them
     */
    static Map<String, FileTime> modificationTimes(Path root) {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                times.put(root.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return times;
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
