package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.firstFix;
import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubstanceUseTest {

    private static final String RULE = "language.substance-use";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client's father is an addict.|an addict",
            "Client described her roommate, a heroin addict, as supportive.|heroin addict",
            "History of substance abuse since age 16.|substance abuse",
            "Client is a known drug abuser.|drug abuser",
            "Client's mother was an alcoholic.|an alcoholic",
            "UDS was clean.|clean",
            "Client tested clean on Monday.|tested clean",
            "Client came back dirty for cocaine.|came back dirty",
            "Client has been clean for 90 days.|clean",
            "Urine screen dirty for THC.|dirty" })
    void flagsStigmatizingTerms(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client has a history of childhood sexual abuse.",
            "Client described her abuser as controlling.",
            "Client keeps the apartment clean and tidy.",
            "Client has an opioid use disorder and is in recovery.",
            "Client tested negative on Monday.",
            "Client said \"I'm an addict, I know it.\"",
            "Client prefers non-alcoholic drinks at parties." })
    void acceptsPersonFirstAndUnrelatedUses(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void suggestsNidaTerms() {
        assertEquals("Client tested negative on Monday.", firstFix(RULE, "Client tested clean on Monday."));
        assertEquals("Client's father is a person with a substance use disorder.",
                firstFix(RULE, "Client's father is an addict."));
    }
}
