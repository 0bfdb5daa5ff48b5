package org.casenotes.core.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> normalized(String text) {
        Tokens tokens = Tokens.of(text);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.count(); i++) {
            words.add(tokens.normalized(i));
        }
        return words;
    }

    @Test
    void splitsOnSpacesPunctuationHyphensAndSlashes() {
        assertEquals(List.of("client", "was", "non", "compliant", "c", "o", "pain"),
                normalized("Client was non-compliant; c/o pain."));
    }

    @Test
    void keepsApostrophesInsideWordsAndMapsTheCurlyOne() {
        assertEquals(List.of("client's", "mother", "didn't", "come"), normalized("Client\u2019s mother didn't come."));
        assertEquals(List.of("clients"), normalized("clients'"));
    }

    @Test
    void dropsCombiningMarksButKeepsOffsets() {
        String text = "Re\u0301fused twice";
        Tokens tokens = Tokens.of(text);
        assertEquals("refused", tokens.normalized(0));
        assertEquals(0, tokens.start(0));
        assertEquals(8, tokens.end(0));
    }

    @Test
    void emojiNulAndControlCharactersSeparateWords() {
        assertEquals(List.of("refused", "again"), normalized("refused\uD83D\uDE21again"));
        assertEquals(List.of("refused", "again"), normalized("refused\0again"));
        assertEquals(List.of("refused", "again"), normalized("refused\u200Fagain"));
    }

    @Test
    void rightToLeftScriptsAreWords() {
        assertEquals(List.of("\u05e9\u05dc\u05d5\u05dd", "refused"), normalized("\u05e9\u05dc\u05d5\u05dd refused"));
    }

    @Test
    void emptyTextHasNoTokens() {
        assertEquals(0, Tokens.of("").count());
        assertEquals(0, Tokens.of(" \n\t.,").count());
    }

    @Test
    void findsTheTokenAtAnOffset() {
        Tokens tokens = Tokens.of("one two three");
        assertEquals(1, tokens.firstEndingAfter(4));
        assertEquals(1, tokens.firstEndingAfter(3));
        assertEquals(3, tokens.firstEndingAfter(13));
    }

    @Test
    void aWordReadAgainInAnyCaseHasTheSameNormalizedForm() {
        // the second and later readings come from the cache of normalized words, whatever their case
        for (int pass = 0; pass < 3; pass++) {
            assertEquals(List.of("client", "client", "client", "client's", "clients", "client2"),
                    normalized("Client CLIENT client Client's cLients client2"));
            assertEquals(List.of("resume", "naive"), normalized("R\u00c9SUM\u00c9 na\u00efve"));
        }
        Tokens tokens = Tokens.of("Refused refused");
        assertEquals(tokens.normalized(0), tokens.normalized(1));
    }
}
