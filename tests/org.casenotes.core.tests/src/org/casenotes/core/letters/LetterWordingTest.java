package org.casenotes.core.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.core.rules.Severity;
import org.casenotes.core.rules.language.StandardWordLists;
import org.casenotes.model.form.FormDefinition;
import org.junit.jupiter.api.Test;

/** A letter's wording is checked as {@code casenotes lint --letter} checks it, with the template's severities. */
class LetterWordingTest {

    private final LetterWording wording = new LetterWording(StandardWordLists.ENGINE);
    private final FormDefinition letter = LetterFixture.form("std.letters.AbsenceFirstNotice");

    @Test
    void theMergedStandardLetterHasNoErrors() {
        String text = new LetterMerge().merge(letter, LetterFixture.sources(LetterFixture.fullRecord()),
                Map.of("missedDates", "1 and 8 December")).requireComplete();

        assertFalse(LetterWording.hasErrors(wording.check(letter, text, RuleSettings.DEFAULTS)), text);
    }

    @Test
    void aHarderWordIsAnErrorInALetterAndPointsAtTheWord() {
        String text = "Dear Sam,\n\nWe can assist you with a different time.";

        List<Finding> findings = wording.check(letter, text, RuleSettings.DEFAULTS);

        Finding assist = findings.stream().filter(finding -> finding.ruleId().equals("language.plain-letters"))
                .findFirst().orElseThrow(() -> new AssertionError("no plain-letters finding in " + findings));
        assertEquals(Severity.ERROR, assist.severity(), "the standard letters make plain wording an error");
        assertEquals("assist", text.substring(assist.range().start(), assist.range().end()));
        assertTrue(LetterWording.hasErrors(findings));
    }
}
