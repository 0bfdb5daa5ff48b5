package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.casenotes.core.rules.language.StandardWordLists.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.casenotes.core.rules.Finding;
import org.junit.jupiter.api.Test;

class OddInputTest {

    private static final String RULE = "language.judgmental";

    @Test
    void emptyAndBlankFieldsHaveNoFindings() {
        assertEquals(List.of(), lint(""));
        assertEquals(List.of(), lint(" \n\t "));
    }

    @Test
    void oneMegabyteNoteIsLintedQuicklyWithValidRanges() {
        String sentence = "Client refused the referral and said \"I think it's pointless.\" Mood stable. ";
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_000_000) {
            text.append(sentence);
        }
        String big = text.toString();
        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> lint(big));
        long refusals = findings.stream().filter(f -> f.ruleId().equals(RULE)).count();
        assertEquals(big.length() / sentence.length(), refusals);
        assertTrue(findings.stream().allMatch(f -> f.range().end() <= big.length()));
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().startsWith("privacy")), "quoted I think is exempt");
    }

    @Test
    void combiningMarksDoNotHideTerms() {
        String text = "Client re\u0301fused the plan.";
        assertEquals(List.of("re\u0301fused"), hits(RULE, text));
    }

    @Test
    void rightToLeftTextAroundTerms() {
        String text = "\u05d4\u05de\u05d8\u05d5\u05e4\u05dc refused \u05d8\u05d9\u05e4\u05d5\u05dc \u200Fmanipulative\u200F.";
        assertEquals(List.of("refused", "manipulative"), hits(RULE, text));
    }

    @Test
    void emojiAndNulAreSeparators() {
        assertEquals(List.of("refused"), hits(RULE, "Client \uD83D\uDE10refused\uD83D\uDE10 meds."));
        assertEquals(List.of("refused"), hits(RULE, "Client\0refused\0meds."));
    }

    @Test
    void loneSurrogatesAndControlCharactersDoNotBreakMatching() {
        assertEquals(List.of("refused"), hits(RULE, "\uD800 Client refused \uDC00 \u0007 meds"));
    }
}
