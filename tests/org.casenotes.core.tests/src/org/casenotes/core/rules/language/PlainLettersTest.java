package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.Finding;
import org.junit.jupiter.api.Test;

class PlainLettersTest {

    private static final String RULE = "language.plain-letters";
    private static final String LETTER = "In the event that you need to discontinue services, we will assist you. "
            + "Your request was denied. We will initiate the review in approximately two weeks.";

    @Test
    void flagsFormalWordsInLetters() {
        assertEquals(List.of("In the event that", "discontinue", "assist", "denied", "initiate", "approximately"),
                hits(RULE, DocumentKind.LETTER, LETTER));
    }

    @Test
    void leavesProgressNotesAlone() {
        assertEquals(List.of(), hits(RULE, DocumentKind.RECORD_NOTE, LETTER));
    }

    @Test
    void suggestsPlainWordsInTheSameForm() {
        String text = "We discontinued the service and assisted with the transfer.";
        List<String> fixes = StandardWordLists.lint(DocumentKind.LETTER, text).stream()
                .filter(f -> f.ruleId().equals(RULE)).map(Finding::suggestions).map(s -> s.get(0).replacement())
                .toList();
        assertEquals(List.of("stopped", "helped"), fixes);
    }

    @Test
    void acceptsNegatedDenial() {
        assertEquals(List.of(), hits(RULE, DocumentKind.LETTER, "Your request was not denied."));
    }
}
