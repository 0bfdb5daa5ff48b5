package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InterpretationTest {

    private static final String RULE = "language.interpretation";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client appeared anxious.|anxious",
            "Client was agitated throughout the session.|agitated",
            "Client presented as guarded. Plan to meet weekly.|guarded",
            "Client has improved since intake.|improved",
            "Client is doing better.|doing better" })
    void flagsInterpretationWithoutObservedBehaviour(String text, String marked) {
        assertEquals(List.of(marked), hits(RULE, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client appeared anxious, as evidenced by fidgeting and rapid speech.",
            "Client was agitated. She paced the room and raised her voice twice.",
            "Client reported feeling anxious before work.",
            "Client presented as guarded, e.g. gave one-word answers about her family.",
            "Client has improved since intake: PHQ-9 went from 18 to 11.",
            "Client was angry and said \"nobody listens to me.\"",
            "Client appeared withdrawn and avoided eye contact." })
    void acceptsInterpretationBesideObservedBehaviour(String text) {
        assertEquals(List.of(), hits(RULE, text));
    }
}
