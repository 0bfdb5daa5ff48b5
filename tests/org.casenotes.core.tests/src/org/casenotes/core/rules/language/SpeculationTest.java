package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeculationTest {

    private static final String RULE = "language.speculation";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client is probably drinking again.|probably",
            "Client obviously did not do the homework.|obviously",
            "Client must be using again.|must be using again",
            "Client seems to be lazy about the job search.|seems to be lazy",
            "He seemed unmotivated.|seemed unmotivated",
            "Client appears to be in denial about the diagnosis.|appears to be in denial",
            "Client must have been exaggerating.|must have been exaggerating" })
    void flagsSpeculation(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The release must be signed before the records are sent.",
            "Client seems to be sleeping better, reporting 7 hours a night.",
            "Client said \"you probably think I'm lazy.\"",
            "Client reported using twice this week.",
            "Client appeared tired and yawned through the session." })
    void acceptsFactsAndQuotes(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }
}
