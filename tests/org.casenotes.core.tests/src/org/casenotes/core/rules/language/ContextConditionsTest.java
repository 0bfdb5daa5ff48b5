package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.casenotes.core.rules.language.StandardWordLists.lint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kinds of language a word alone cannot judge (issue 17), each both ways: the same word flagged in one
 * context and accepted in the other, through the conditions the standard lists write.
 */
class ContextConditionsTest {

    private static List<String> rulesFlagging(String text) {
        return lint(text).stream().map(Finding::ruleId).distinct().sorted().toList();
    }

    // who does it

    @ParameterizedTest
    @ValueSource(strings = { "Client refused the dental referral.", "Refused the evening dose again.",
            "Her refusal of the lab draw was noted.", "You refused the visit on Friday.",
            "Session went well. client refused the dental referral." })
    void theClientRefusingIsJudgmental(String sentence) {
        assertEquals(1, hits("language.judgmental", sentence).size(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "The school refused the transfer.", "The landlord refused to fix the heater.",
            "The request was refused by the housing office.", "The court's refusal means the date stands.",
            "The insurer refused the claim." })
    void aThirdPartyRefusingIsAPlainAct(String sentence) {
        assertEquals(List.of(), hits("language.judgmental", sentence), sentence);
    }

    // which part of speech

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Client claims she lost the bus card.|claims",
            "He claimed he paid the rent.|claimed", "Client alleges that a neighbour took the mail.|alleges" })
    void claimAsTheClientsVerbIsDoubt(String sentence, String marked) {
        assertEquals(List.of(marked), hits("language.doubt", sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = { "The disability claim was approved.", "The lawyer's claim went to court.",
            "Client filed a new claim with the insurer.", "The theft claim against the store was dropped." })
    void claimAsANounIsNotDoubt(String sentence) {
        assertEquals(List.of(), hits("language.doubt", sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client runs with the Refuse to Lose club.", "Client works at Lazy Acres Farm.",
            "Client moved to Houston, TX, in June." })
    void properNamesOfProgrammesAndPlacesAreNotLabels(String sentence) {
        assertEquals(List.of(), rulesFlagging(sentence), sentence);
    }

    // quotation

    @ParameterizedTest
    @ValueSource(strings = { "Client said, \"They think I'm lazy and crazy.\"",
            "\"I refused because I was scared,\" she said.", "Client described the group as \"a waste of time.\"",
            "Client said the pills make her feel \"foggy.\"" })
    void theClientsAttributedWordsAreTheirs(String sentence) {
        assertEquals(List.of(), rulesFlagging(sentence), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "Client's \"migraines\" kept her home.|\"migraines\"",
            "His \"friend\" drove him here.|\"friend\"", "Client was \"too tired\" to do the homework.|\"too tired\"" })
    void scareQuotesAreDoubt(String sentence, String marked) {
        assertEquals(List.of(marked), hits("language.doubt", sentence));
    }

    @Test
    void scareQuotesHaveAFixThatRemovesTheMarks() {
        String text = "Client's \"migraines\" kept her home.";
        Finding finding = lint(text).stream().filter(f -> f.ruleId().equals("language.doubt")).findFirst().orElseThrow();
        assertEquals("Client's migraines kept her home.", finding.suggestions().get(0).applyTo(text));
        assertFalse(finding.source().title().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client enrolled in the \"Fresh Start\" program.", "Client calls the shelter \"home\" now." })
    void quotedNamesAndAttributedWordsAreNotScareQuotes(String sentence) {
        assertEquals(List.of(), hits("language.doubt", sentence), sentence);
    }

    // certainty, guessing and motives

    @ParameterizedTest
    @ValueSource(strings = { "Client probably forgot the form.", "Client is obviously tired of the program.",
            "Client skipped group on purpose.", "Client calls the office for attention.",
            "He must have sold the bus pass.", "Client clearly wants a new worker.", "She missed school to avoid the test." })
    void guessesAndMotivesAboutTheClientAreSpeculation(String sentence) {
        assertEquals(1, hits("language.speculation", sentence).size(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "The van will probably be late.", "Client said she will probably move in May.",
            "Client spoke clearly and slowly.", "Client must have a photo ID for the appointment.",
            "The clinic must have lost the fax.", "Client left early to catch the last bus." })
    void guessesAboutOthersTheClientsOwnGuessesAndMannerAreNot(String sentence) {
        assertEquals(List.of(), hits("language.speculation", sentence), sentence);
    }

    // labels without behaviour

    @ParameterizedTest
    @ValueSource(strings = { "Client was agitated.", "Client seemed withdrawn in group.", "Her mood has worsened.",
            "Client was nervous about court." })
    void aLabelAloneIsAnInterpretation(String sentence) {
        assertEquals(1, hits("language.interpretation", sentence).size(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client was agitated and paced the hall.", "Client seemed withdrawn. She sat apart and did not speak.",
            "Client was not agitated today.", "Her landlord was angry about the rent.",
            "Client joined an anger management group.", "Client has an anxiety disorder." })
    void theSameLabelWithItsBehaviourOrAboutSomethingElseIsFine(String sentence) {
        assertEquals(List.of(), hits("language.interpretation", sentence), sentence);
    }

    @Test
    void aSceneSettingClauseIsNotTheBehaviour() {
        assertEquals(List.of("agitated"), hits("language.interpretation", "Client was agitated when he arrived."));
    }

    // a diagnosis as the noun for a person

    @ParameterizedTest
    @ValueSource(strings = { "Client is a diabetic.", "The schizophrenic was moved.", "A psychotic man lives upstairs.",
            "Client is borderline.", "Her bipolar behaviour scared the roommate." })
    void aDiagnosisAsThePersonIsIdentityFirst(String sentence) {
        assertEquals(1, hits("language.identity-first", sentence).size(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client follows a diabetic meal plan.", "Client had a psychotic episode.",
            "Her blood pressure was borderline high.", "Client has bipolar disorder." })
    void aDiagnosisDescribingAThingIsFine(String sentence) {
        assertEquals(List.of(), hits("language.identity-first", sentence), sentence);
    }

    // clinical terms are jargon, not slurs

    @Test
    void psychomotorRetardationIsJargonNotASlur() {
        assertEquals(List.of("language.jargon"), rulesFlagging("Client showed psychomotor retardation."));
        assertEquals(List.of("language.judgmental"), rulesFlagging("His brother is retarded."));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client shows transference toward the group leader.", "Client reports derealization.",
            "Client's affect was blunted." })
    void psychodynamicAndPsychiatricVocabularyIsJargon(String sentence) {
        assertEquals(List.of("language.jargon"), rulesFlagging(sentence), sentence);
    }

    // negation and clinical convention

    @ParameterizedTest
    @ValueSource(strings = { "Client denies SI/HI.", "Client denies current SI, HI and AVH.",
            "Client denied any thoughts of self-harm.", "No SI, HI or AVH reported.", "Client denies alcohol use." })
    void aStandardDenialOfSymptomsIsClean(String sentence) {
        assertEquals(List.of(), rulesFlagging(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Client denied hitting her son.", "Client denies that she left the kids alone.",
            "He continues to deny using cocaine." })
    void denyingAnActIsDoubt(String sentence) {
        assertEquals(1, hits("language.doubt", sentence).size(), sentence);
    }

    @Test
    void anAbbreviationThatIsNotDeniedIsStillJargon() {
        assertEquals(List.of("SI"), hits("language.jargon", "Client endorses SI without a plan."));
    }

    @Test
    void lettersKeepThePlainLanguageRuleWhileNotesDoNot() {
        assertTrue(StandardWordLists.hits("language.plain-letters", DocumentKind.LETTER,
                "We will assist you with the forms.").contains("assist"));
        assertEquals(List.of(), StandardWordLists.hits("language.plain-letters", DocumentKind.RECORD_NOTE,
                "Staff will assist the client with the forms."));
    }
}
