package org.casenotes.bench;

import org.casenotes.core.rules.text.EnglishModels;
import org.casenotes.core.rules.text.SentenceTagger;
import org.casenotes.core.rules.text.TaggedSentence;

/**
 * What the language models cost at start-up, in a fresh JVM: loading the four OpenNLP models (done on a
 * background thread in the product, started when the language pack is built), then the first sentence
 * tagged and lemmatized (class loading and JIT of the tagger).
 * <pre>java -cp rules-bench.jar org.casenotes.bench.ModelLoadCost</pre>
 */
public final class ModelLoadCost {

    private ModelLoadCost() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        long[] stages = EnglishModels.loadMillis();
        long loaded = System.nanoTime();
        String sentence = "Client claims she took all her medication this week.";
        TaggedSentence tagged = SentenceTagger.tag(sentence, 0, sentence.length());
        tagged.lemma(0);
        long first = System.nanoTime();
        System.out.printf("ready after: sentence detector %d ms, tokenizer %d ms, tagger %d ms, lemmatizer %d ms "
                + "(whole load %d ms); first sentence tagged and lemmatized %d ms later%n", stages[0], stages[1],
                stages[2], stages[3], (loaded - start) / 1_000_000, (first - loaded) / 1_000_000);
    }
}
