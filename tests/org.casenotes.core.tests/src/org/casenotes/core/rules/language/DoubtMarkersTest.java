package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.firstFix;
import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoubtMarkersTest {

    private static final String RULE = "language.doubt";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client claims she took all doses this week.|claims",
            "Client claimed the landlord changed the locks.|claimed",
            "Client insists that the voices stopped.|insists",
            "Client alleges that staff ignored her.|alleges",
            "Client admits to drinking on Saturday.|admits to",
            "Client denies hitting her brother.|denies",
            "She continues to deny that she drank.|deny" })
    void flagsDoubtMarkers(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The insurance claim was denied on 3/2.",
            "The claims for May are pending.",
            "Client filed a disability claim last month.",
            "Client was admitted to the hospital on Friday.",
            "Client reports she took all doses this week.",
            "Client does not claim to hear voices now.",
            "Client said \"the nurse claims I missed it.\"",
            "Client reports no thoughts of suicide.",
            "Client denies thoughts of suicide.",
            "Her request was denied by the landlord." })
    void acceptsNeutralUse(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void suggestsReportsInTheSameForm() {
        assertEquals("Client reported the locks were changed.", firstFix(RULE, "Client claimed the locks were changed."));
        assertEquals("Client reported the locks were changed.", firstFix(RULE, "Client claimed the locks were changed."));
    }
}
