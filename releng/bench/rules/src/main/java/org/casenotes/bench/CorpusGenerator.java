package org.casenotes.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a fictional corpus for throughput and peer comparisons: {@code FILES} text files of notes,
 * one note per paragraph (blank line between notes), about {@code MEGABYTES} in total.
 * <p>
 * Usage: {@code java -cp rules-bench.jar org.casenotes.bench.CorpusGenerator DIR MEGABYTES FILES}
 */
public final class CorpusGenerator {

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusGenerator DIR MEGABYTES FILES");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        long bytesPerFile = (long) (Double.parseDouble(args[1]) * 1_000_000 / Integer.parseInt(args[2]));
        long seed = 1;
        for (int f = 0; f < Integer.parseInt(args[2]); f++) {
            Path file = dir.resolve(String.format("notes-%03d.txt", f));
            long written = 0;
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                while (written < bytesPerFile) {
                    String note = NoteCorpus.text(250, seed++);
                    out.write(note);
                    out.write("\n\n");
                    written += note.length() + 2;
                }
            }
        }
    }
}
