package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JargonTest {

    private static final String RULE = "language.jargon";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client presented with flat affect.|flat affect",
            "Mood euthymic, speech normal.|euthymic",
            "Client endorsed anhedonia for a month.|anhedonia",
            "Client endorses SI at this time.|SI",
            "Client was A&O x3.|A&O x3",
            "Client tends to perseverate on the eviction.|perseverate",
            "Client decompensated after the move.|decompensated",
            "Provided psychoeducation on sleep.|psychoeducation" })
    void flagsJargon(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client said hi to the front desk staff.",
            "Client denies SI at this time.",
            "Client answered si several times while speaking Spanish with her mother.",
            "Client showed little emotion in face or voice.",
            "Client's PT appointment moved to Friday." })
    void acceptsPlainWordsAndLowerCaseLookalikes(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void agencyApprovedTermIsAccepted() {
        String text = "Provided psychoeducation on sleep hygiene. Used CBT thought records.";
        PlainNoteContext note = PlainNoteContext.of(org.casenotes.core.rules.DocumentKind.RECORD_NOTE,
                FieldText.of("narrative", text));
        assertEquals(2, StandardWordLists.ENGINE.evaluate(note).size());
        PlainNoteContext approving = note.withSettings(RuleSettings.DEFAULTS.withApprovedTerm("Psychoeducation")
                .withApprovedTerm("CBT"));
        assertEquals(List.of(), StandardWordLists.ENGINE.evaluate(approving));
    }
}
