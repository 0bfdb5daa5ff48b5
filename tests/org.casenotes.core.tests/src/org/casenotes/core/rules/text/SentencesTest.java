package org.casenotes.core.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.casenotes.core.rules.TextRange;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsAtTerminalPunctuationBeforeACapital() {
        String text = "Client arrived late. She was tearful! Plan: weekly.";
        Sentences sentences = Sentences.of(text);
        assertEquals(3, sentences.count());
        assertEquals("She was tearful!", sentences.range(1).of(text));
        assertEquals(1, sentences.indexAt(text.indexOf("tearful")));
    }

    @Test
    void abbreviationFollowedByLowerCaseDoesNotSplit() {
        String text = "Client was restless, e.g. pacing and tapping. Next topic.";
        Sentences sentences = Sentences.of(text);
        assertEquals(2, sentences.count());
        assertEquals("Client was restless, e.g. pacing and tapping.", sentences.range(0).of(text));
    }

    @Test
    void lineBreaksSplit() {
        String text = "S: tired\nO: calm\n\nA: stable";
        Sentences sentences = Sentences.of(text);
        assertEquals(3, sentences.count());
        assertEquals(new TextRange(9, 16), sentences.range(1));
    }

    @Test
    void closingQuoteStaysWithItsSentence() {
        String text = "She said \"stop.\" Then she left.";
        assertEquals("She said \"stop.\"", Sentences.of(text).range(0).of(text));
    }

    @Test
    void emptyTextIsOneEmptySentence() {
        Sentences sentences = Sentences.of("");
        assertEquals(1, sentences.count());
        assertEquals(new TextRange(0, 0), sentences.range(0));
    }
}
