package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.firstFix;
import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JudgmentalLanguageTest {

    private static final String RULE = "language.judgmental";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client refused medication at this time.|refused",
            "Client refuses to attend group on Tuesdays.|refuses",
            "She has been refusing her evening dose since Monday.|refusing",
            "Client remains non-compliant with the medication schedule.|non-compliant",
            "Client was noncompliant with the safety plan.|noncompliant",
            "Mother described the youth as manipulative.|manipulative",
            "Client was very difficult during the intake.|difficult",
            "Pt was uncooperative with the assessment.|uncooperative",
            "Client is resistant to the treatment plan.|resistant",
            "Client complains of poor sleep for two weeks.|complains of",
            "Client complained of headaches.|complained of",
            "Client is a poor historian.|poor historian",
            "Known to staff as a frequent flyer.|frequent flyer",
            "Her brother committed suicide in 2019.|committed suicide",
            "Client is wheelchair-bound since the accident.|is wheelchair-bound",
            "A wheelchair-bound client was seen at home.|wheelchair-bound",
            "Client failed treatment with sertraline.|failed treatment",
            "Client became combative when asked to leave.|combative",
            "Client was hysterical on the phone.|hysterical" })
    void flagsJudgmentalTerms(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client declined medication at this time because of side effects.",
            "Client did not refuse the referral and called the clinic the same day.",
            "Client never refused a session this quarter.",
            "Client said \"I refused the shot because I was scared.\"",
            "Client said \u201cmy boss calls me lazy and difficult.\u201d",
            "Client found it difficult to sleep after the move.",
            "Client has treatment-resistant depression per psychiatry.",
            "Client uses a wheelchair and asked for the ground-floor office.",
            "Client reports poor sleep for two weeks.",
            "Her brother died by suicide in 2019." })
    void acceptsNeutralWordingQuotesAndNegation(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void suggestsReplacementInTheMatchedForm() {
        assertEquals("Client declined medication.", firstFix(RULE, "Client refused medication."));
        assertEquals("Declining group again.", firstFix(RULE, "Refusing group again."));
        assertEquals("Her brother died by suicide.", firstFix(RULE, "Her brother committed suicide."));
        assertEquals("Client reports back pain.", firstFix(RULE, "Client complains of back pain."));
        assertEquals("Client uses a wheelchair.", firstFix(RULE, "Client is wheelchair-bound."));
    }

    @Test
    void removalSuggestionTakesTheSpaceWithIt() {
        assertEquals("Known to staff as a visitor.", firstFix(RULE, "Known to staff as a frequent flyer visitor."));
    }

    @Test
    void findingNamesRuleSourceAndSeverity() {
        Finding finding = StandardWordLists.lint("Her son committed suicide last year.").stream()
                .filter(f -> f.ruleId().equals(RULE)).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, finding.severity());
        assertTrue(finding.source().title().startsWith("MDedge"));
        assertTrue(finding.message().startsWith("\u201ccommitted suicide\u201d"));
        assertEquals("narrative", finding.fieldId());
    }

    @Test
    void matchesRegardlessOfCaseAndHyphenation() {
        assertEquals(List.of("NON COMPLIANT"), hits(RULE, "Client NON COMPLIANT with plan."));
        assertEquals(List.of("Non-Compliant"), hits(RULE, "Non-Compliant with plan."));
    }
}
