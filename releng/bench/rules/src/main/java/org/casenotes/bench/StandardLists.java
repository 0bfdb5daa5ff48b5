package org.casenotes.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.language.LanguagePack;
import org.casenotes.core.rules.language.WordListSource;

/** Loads the standard word lists from the repository (or {@code -Dcasenotes.wordlists=DIR}). */
final class StandardLists {

    private StandardLists() {
    }

    static RuleEngine engine() {
        LanguagePack pack = LanguagePack.load(WordListSource.directory(directory()));
        if (!pack.problems().isEmpty()) {
            throw new IllegalStateException("word lists have problems: " + pack.problems());
        }
        return new RuleEngine(pack.rules());
    }

    private static Path directory() {
        String configured = System.getProperty("casenotes.wordlists");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bundles/org.casenotes.core/wordlists");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("word lists not found; pass -Dcasenotes.wordlists=DIR");
    }
}
