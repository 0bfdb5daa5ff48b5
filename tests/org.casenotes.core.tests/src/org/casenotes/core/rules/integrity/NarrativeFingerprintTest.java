package org.casenotes.core.rules.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.casenotes.core.rules.integrity.internal.NarrativeFingerprint;
import org.junit.jupiter.api.Test;

class NarrativeFingerprintTest {

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("w").append(random.nextInt(5_000)).append(' ');
        }
        return text.toString();
    }

    @Test
    void identicalTextsAreFullySimilarWhateverTheCaseAndPunctuation() {
        NarrativeFingerprint a = NarrativeFingerprint.of("Client practised paced breathing; anxiety went from 7 to 4.");
        NarrativeFingerprint b = NarrativeFingerprint.of("client practised PACED breathing anxiety went from 7 to 4");
        assertEquals(1.0, a.similarity(b));
        assertEquals(10, a.words());
    }

    @Test
    void unrelatedTextsShareNothing() {
        Random random = new Random(7);
        assertEquals(0.0, NarrativeFingerprint.of(words(random, 400)).similarity(NarrativeFingerprint.of(words(random, 400))));
    }

    @Test
    void theEstimateOnLongTextsIsCloseToTheTrueShare() {
        Random random = new Random(11);
        String shared = words(random, 1_500);
        NarrativeFingerprint a = NarrativeFingerprint.of(shared + words(random, 500));
        NarrativeFingerprint b = NarrativeFingerprint.of(shared + words(random, 500));
        // about 1,500 shared shingles of about 2,500 distinct: Jaccard 0.6
        double similarity = a.similarity(b);
        assertTrue(similarity > 0.45 && similarity < 0.75, "estimate " + similarity);
    }

    @Test
    void emptyAndOneWordTextsHaveNoShingles() {
        assertEquals(0.0, NarrativeFingerprint.of("").similarity(NarrativeFingerprint.of("")));
        assertEquals(0.0, NarrativeFingerprint.of("Hello").similarity(NarrativeFingerprint.of("Hello")));
    }
}
