package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.casenotes.template.internal.TemplateWorkspace;
import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.TemplateDiagnostic;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.junit.jupiter.api.Test;

/**
 * Bad input never breaks the language: truncated, mutated and random texts (seeded, so failures reproduce) all
 * yield diagnostics with positions, and never an internal error or a hang.
 */
class FuzzTest {

    private static final long SEED = 20261127L;
    private static final String ALPHABET = "{}[]().,:=<>!\"\n\t abcxyz019_-*/'#";
    private static final String[] TOKENS = { "template", "section", "field", "choice", "{", "}", "\"\"\"", "\"",
            "required when", "in [", "]", "extends", "include", "override", "remove", "sum(", ")", "band of", "..",
            "version", "kind", "instrument", "item", "calc", "=", "body", "{client.", "import", "package", ".*" };

    @Test
    void truncatedStandardTemplatesYieldDiagnostics() {
        Random random = new Random(SEED);
        List<TemplateSource> inputs = new ArrayList<>();
        for (TemplateSource source : StandardSources.sources()) {
            for (int i = 0; i < 3; i++) {
                int cut = random.nextInt(source.text().length() + 1);
                inputs.add(new TemplateSource(source.name() + "-cut" + cut, source.text().substring(0, cut)));
            }
        }
        assertRobust(inputs);
    }

    @Test
    void mutatedStandardTemplatesYieldDiagnostics() {
        Random random = new Random(SEED + 1);
        List<TemplateSource> inputs = new ArrayList<>();
        for (TemplateSource source : StandardSources.sources()) {
            for (int i = 0; i < 3; i++) {
                inputs.add(new TemplateSource(source.name() + "-mutant" + i, mutate(source.text(), random)));
            }
        }
        assertRobust(inputs);
    }

    @Test
    void randomTextYieldsDiagnostics() {
        Random random = new Random(SEED + 2);
        List<TemplateSource> inputs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(400);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(4) == 0) {
                    text.append(TOKENS[random.nextInt(TOKENS.length)]).append(' ');
                } else {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            inputs.add(new TemplateSource("random" + i + ".ntpl", text.toString()));
        }
        assertRobust(inputs);
    }

    @Test
    void deeplyNestedInputDoesNotOverflow() {
        String nested = "template T \"T\" version 1 kind progress { field f \"F\" : text required when "
                + "(".repeat(3000) + "f is answered" + ")".repeat(3000) + " }";
        assertRobust(List.of(new TemplateSource("nested.ntpl", nested)));
    }

    private static String mutate(String text, Random random) {
        StringBuilder result = new StringBuilder(text);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && result.length() > 0; i++) {
            int at = random.nextInt(result.length());
            switch (random.nextInt(4)) {
            case 0 -> result.deleteCharAt(at);
            case 1 -> result.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
            case 2 -> result.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            default -> {
                int end = Math.min(result.length(), at + random.nextInt(200));
                String cut = result.substring(at, end);
                result.delete(at, end);
                result.insert(random.nextInt(result.length() + 1), cut);
            }
            }
        }
        return result.toString();
    }

    private static void assertRobust(List<TemplateSource> inputs) {
        assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
            for (TemplateSource input : inputs) {
                CompiledLibrary result = TemplateLibrary.empty().withSource(input).compile();
                for (TemplateDiagnostic diagnostic : result.diagnostics()) {
                    assertTrue(!TemplateWorkspace.INTERNAL_ERROR.equals(diagnostic.code()),
                            () -> "Internal error on " + input.name() + ": " + diagnostic + "\n---\n" + input.text());
                    assertTrue(diagnostic.line() >= 1 && diagnostic.column() >= 1, diagnostic::toString);
                }
            }
        });
    }
}
