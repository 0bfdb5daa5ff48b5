package org.casenotes.core.rules.language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;

/**
 * The word lists shipped in {@code bundles/org.casenotes.core/wordlists}, loaded once for all tests,
 * plus helpers that lint a sentence. The directory is found through the system property
 * {@code casenotes.wordlists} or by walking up from the working directory (the Tycho test run starts
 * in the test bundle, a plain run anywhere in the repository).
 */
public final class StandardWordLists {

    static final LanguagePack PACK = LanguagePack.load(WordListSource.directory(directory()));
    public static final RuleEngine ENGINE = new RuleEngine(PACK.rules());

    private StandardWordLists() {
    }

    static Path directory() {
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
        throw new IllegalStateException("word lists not found; set -Dcasenotes.wordlists=DIR");
    }

    /** @return findings for {@code text} as the single field of a record note */
    static List<Finding> lint(String text) {
        return lint(DocumentKind.RECORD_NOTE, text);
    }

    static List<Finding> lint(DocumentKind kind, String text) {
        return ENGINE.evaluate(PlainNoteContext.of(kind, FieldText.of("narrative", text)));
    }

    /** @return the marked text of every finding of rule {@code ruleId} in {@code text} */
    static List<String> hits(String ruleId, String text) {
        return hits(ruleId, DocumentKind.RECORD_NOTE, text);
    }

    static List<String> hits(String ruleId, DocumentKind kind, String text) {
        return lint(kind, text).stream().filter(f -> f.ruleId().equals(ruleId)).map(f -> f.range().of(text))
                .collect(Collectors.toList());
    }

    /** @return {@code text} after applying the first suggestion of the first finding of {@code ruleId} */
    static String firstFix(String ruleId, String text) {
        Finding finding = lint(text).stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
        return finding.suggestions().get(0).applyTo(text);
    }
}
