package org.casenotes.core.rules.language;

import static org.casenotes.core.rules.language.StandardWordLists.firstFix;
import static org.casenotes.core.rules.language.StandardWordLists.hits;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityFirstTest {

    private static final String RULE = "language.identity-first";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Client is bipolar.|is bipolar",
            "Her sister was bipolar.|was bipolar",
            "Client is a schizophrenic living alone.|is a schizophrenic",
            "Client is borderline per the previous provider.|is borderline",
            "Referred a bipolar client to the group.|bipolar client",
            "Client is diabetic and checks sugars twice daily.|is diabetic" })
    void flagsIdentityFirstDiagnoses(String sentence, String marked) {
        assertEquals(List.of(marked), hits(RULE, sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Client has bipolar disorder, diagnosed in 2020.",
            "Client is not bipolar per the psychiatric evaluation.",
            "Client lives with schizophrenia and attends the clubhouse.",
            "Client describes himself as autistic.",
            "Client said \"I'm bipolar, that's just me.\"" })
    void acceptsPersonFirstWording(String sentence) {
        assertEquals(List.of(), hits(RULE, sentence));
    }

    @Test
    void suggestsPersonFirstInTheSameTense() {
        assertEquals("Client has bipolar disorder.", firstFix(RULE, "Client is bipolar."));
        assertEquals("Her sister had bipolar disorder.", firstFix(RULE, "Her sister was bipolar."));
        assertEquals("Both parents have schizophrenia.", firstFix(RULE, "Both parents are schizophrenic."));
    }
}
