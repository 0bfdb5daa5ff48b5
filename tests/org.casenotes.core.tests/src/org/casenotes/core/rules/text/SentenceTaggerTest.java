package org.casenotes.core.rules.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The OpenNLP pipeline as the rules read it: words, Universal POS tags, lemmas, noun groups. */
class SentenceTaggerTest {

    private static List<String> tagged(String sentence) {
        TaggedSentence s = SentenceTagger.tag(sentence, 0, sentence.length());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < s.count(); i++) {
            words.add(s.word(i) + "/" + s.tag(i));
        }
        return words;
    }

    @Test
    void splitsCliticsAsTheTaggerExpects() {
        TaggedSentence s = SentenceTagger.tag("Client's mother didn't sign.", 0, 28);
        assertEquals(List.of("Client", "'s", "mother", "did", "n't", "sign", "."),
                List.of(s.word(0), s.word(1), s.word(2), s.word(3), s.word(4), s.word(5), s.word(6)));
        assertEquals(9, s.start(2));
    }

    @Test
    void readsTheVerbOfANoteStyleSubject() {
        assertEquals("claims/VERB", tagged("Client claims she took it.").get(1));
        assertEquals("claim/NOUN", tagged("The insurance claim was paid.").get(2));
    }

    @Test
    void lemmatizesWithOpenNlp() {
        TaggedSentence s = SentenceTagger.tag("He refused the pills.", 0, 21);
        assertEquals("refuse", s.lemma(1));
        assertEquals("pill", s.lemma(3));
    }

    @Test
    void offsetsAreThoseOfTheFieldText() {
        String text = "First line.\nClient was agitated.";
        TaggedSentence s = SentenceTagger.tag(text, 12, text.length());
        assertEquals("agitated", text.substring(s.start(2), s.end(2)));
        assertEquals(2, s.indexAt(text.indexOf("agitated") + 3));
    }

    @Test
    void nounGroupEndsAtItsHead() {
        TaggedSentence s = SentenceTagger.tag("The mother of the client refused.", 0, 33);
        assertEquals(2, s.nounGroupEnd(0));
    }
}
