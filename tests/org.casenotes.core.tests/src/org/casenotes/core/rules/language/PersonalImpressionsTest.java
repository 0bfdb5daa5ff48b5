package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casenotes.core.rules.DocumentKind;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.RuleCategory;
import org.casenotes.core.rules.SuggestedEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalImpressionsTest {

    private static final String RULE = "privacy.personal-impressions";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I think the client is hiding her drinking.|I think",
            "I suspect the father is more involved than reported.|I suspect",
            "My hunch is that the job loss is the real trigger.|My hunch",
            "I feel like she is testing me.|I feel like",
            "I don't think he will return next week.|I don't think",
            "This writer believes the client is ready for discharge.|This writer believes",
            "I felt annoyed when she arrived late again.|I felt annoyed" })
    void flagsTheWritersImpressions(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client said \"I think my boss hates me.\"",
            "Client stated \u201cI feel like nobody listens.\u201d",
            "Client reports she thinks about moving closer to her sister.",
            "Recommended weekly sessions for eight weeks." })
    void acceptsTheClientsWordsAndObservations(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void clientWordsFieldIsExempt() {
        var note = org.casenotes.core.rules.PlainNoteContext.of(DocumentKind.RECORD_NOTE,
                new org.casenotes.core.rules.FieldText("clientStatement", "I think I am a failure.", true));
        assertEquals(List.of(), StandardWordLists.ENGINE.evaluate(note));
    }

    @Test
    void psychotherapyNotesAreWhereImpressionsBelong() {
        assertEquals(List.of(), hits(RULE, DocumentKind.PSYCHOTHERAPY_NOTE, "I suspect the father is involved."));
    }

    @Test
    void suggestsMovingTheSentenceToAPsychotherapyNote() {
        String text = "Client attended on time. I suspect she is drinking again. Plan: meet weekly.";
        Finding finding = StandardWordLists.lint(text).stream().filter(f -> f.ruleId().equals(RULE)).findFirst()
                .orElseThrow();
        assertEquals(RuleCategory.PRIVACY, StandardWordLists.PACK.rules().stream()
                .filter(r -> r.id().equals(RULE)).findFirst().orElseThrow().category());
        SuggestedEdit move = finding.suggestions().get(finding.suggestions().size() - 1);
        assertEquals("Move this sentence to a psychotherapy note", move.label());
        assertEquals("Client attended on time. Plan: meet weekly.", move.applyTo(text));
    }
}
