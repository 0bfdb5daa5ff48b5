package org.casenotes.core.rules.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the text of one word list comes from: a file, a bundle entry (see the registry reader) or a
 * string in a test. Lists are UTF-8.
 */
public interface WordListSource {

    /** File name extension of word lists. */
    String EXTENSION = ".words";

    /** @return a name for messages, e.g. {@code org.casenotes.core/wordlists/judgmental.words} */
    String name();

    /** @return a fresh reader over the list's text */
    Reader open() throws IOException;

    /** @return a list held in a string */
    static WordListSource of(String name, String content) {
        return new WordListSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader open() {
                return new StringReader(content);
            }
        };
    }

    /** @return a list read from {@code url}, e.g. an entry of a contributing bundle */
    static WordListSource of(String name, URL url) {
        return new WordListSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Reader open() throws IOException {
                return new InputStreamReader(url.openStream(), StandardCharsets.UTF_8);
            }
        };
    }

    /** @return a list read from a file */
    static WordListSource of(Path file) {
        return new WordListSource() {
            @Override
            public String name() {
                return file.toString();
            }

            @Override
            public Reader open() throws IOException {
                return Files.newBufferedReader(file, StandardCharsets.UTF_8);
            }
        };
    }

    /** @return every {@code *.words} file directly in {@code directory}, sorted by name */
    static List<WordListSource> directory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(EXTENSION)).sorted()
                    .map(WordListSource::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list word lists in " + directory, e);
        }
    }
}
