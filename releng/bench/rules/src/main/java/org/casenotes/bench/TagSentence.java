package org.casenotes.bench;

import org.casenotes.core.rules.text.SentenceTagger;
import org.casenotes.core.rules.text.TaggedSentence;

/**
 * Prints how the language pipeline reads sentences: each word with its Universal POS tag and lemma. For
 * list authors checking a condition ({@code pos=}, {@code unless-next-pos=}) against real text.
 * <pre>java -cp rules-bench.jar org.casenotes.bench.TagSentence "Client claims she took it." ...</pre>
 */
public final class TagSentence {

    private TagSentence() {
    }

    public static void main(String[] args) {
        for (String sentence : args) {
            TaggedSentence tagged = SentenceTagger.tag(sentence, 0, sentence.length());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < tagged.count(); i++) {
                line.append(tagged.word(i)).append('/').append(tagged.tag(i)).append('/').append(tagged.lemma(i))
                        .append(' ');
            }
            System.out.println(line.toString().strip());
        }
    }
}
