package org.casenotes.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The findings of the standard rules on the peer corpus, the labelled corpus and the typing and five-field texts
 * ({@link FindingsDigest}) are exactly those recorded in {@code findings-digests.txt}: every rule, message, range,
 * suggested edit and source, in the same order. Speed work on the rules must not change a finding; a change to
 * the rules or the word lists that is meant to change findings records the new digests
 * ({@code java -cp target/rules-bench.jar org.casenotes.bench.FindingsDigest}) and says why in its commit, and
 * {@code FindingsDigest --dump DIR}, run on both builds, shows with {@code diff} what changed.
 */
class FindingsUnchangedTest {

    @Test
    void everyFindingIsAsRecorded() throws IOException {
        Map<String, String> recorded = recorded();
        Map<String, String> now = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> corpus : FindingsDigest.findings(StandardLists.engine()).entrySet()) {
            now.put(corpus.getKey(), corpus.getValue().size() + " " + FindingsDigest.digest(corpus.getValue()));
        }
        assertEquals(recorded, now, "findings (count and SHA-256 per corpus) differ from findings-digests.txt");
    }

    private static Map<String, String> recorded() throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        try (InputStream in = FindingsUnchangedTest.class.getResourceAsStream("findings-digests.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.strip().split(" ", 2);
                    digests.put(parts[0], parts[1]);
                }
            }
        }
        return digests;
    }
}
