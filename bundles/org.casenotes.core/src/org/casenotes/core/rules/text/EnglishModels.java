package org.casenotes.core.rules.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Apache OpenNLP's English models (Universal Dependencies, English Web Treebank; the Maven artifacts
 * {@code org.apache.opennlp:opennlp-models-{sentdetect,tokenizer,pos,lemmatizer}-en}): sentence detector,
 * tokenizer, part-of-speech tagger (Universal POS tags) and lemmatizer.
 * <p>
 * Loading the four models takes about a second of CPU, so it starts on a background thread the first time
 * {@link #loading()} is called (the language pack calls it when it is built, long before the first note is
 * checked) and callers that need the models {@link #get() wait} for that one load. The detectors are
 * thread-safe (one instance per thread inside OpenNLP).
 */
public final class EnglishModels {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static CompletableFuture<EnglishModels> loading;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final ThreadSafeLemmatizerME lemmatizer;
    private final long loadNanos;

    private EnglishModels() {
        long start = System.nanoTime();
        sentences = new ThreadSafeSentenceDetectorME(load(() -> new SentenceModel(open(SENTENCE_MODEL))));
        tokenizer = new ThreadSafeTokenizerME(load(() -> new TokenizerModel(open(TOKEN_MODEL))));
        tagger = new ThreadSafePOSTaggerME(load(() -> new POSModel(open(POS_MODEL))));
        lemmatizer = new ThreadSafeLemmatizerME(load(() -> new LemmatizerModel(open(LEMMA_MODEL))));
        loadNanos = System.nanoTime() - start;
    }

    private static InputStream open(String model) {
        InputStream in = ModelFiles.open(model);
        if (in == null) {
            throw new UncheckedIOException(new IOException("OpenNLP model " + model
                    + " not found (the opennlp-models-*-en bundles or jars must be installed)"));
        }
        return in;
    }

    private static <T> T load(IoSupplier<T> reader) {
        try {
            return reader.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the models, loading on a background thread started by the first call */
    public static synchronized CompletableFuture<EnglishModels> loading() {
        if (loading == null) {
            loading = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    loading.complete(new EnglishModels());
                } catch (RuntimeException | Error e) {
                    loading.completeExceptionally(e);
                }
            }, "Casenotes: loading English language models");
            thread.setDaemon(true);
            thread.start();
        }
        return loading;
    }

    /**
     * @return the models, waiting for the load if it is still running
     * @throws UncheckedIOException if a model cannot be found or read
     */
    public static EnglishModels get() {
        try {
            return loading().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** @return how long loading the four models took, in milliseconds */
    public long loadMillis() {
        return loadNanos / 1_000_000;
    }

    ThreadSafeSentenceDetectorME sentenceDetector() {
        return sentences;
    }

    ThreadSafeTokenizerME tokenizer() {
        return tokenizer;
    }

    ThreadSafePOSTaggerME tagger() {
        return tagger;
    }

    ThreadSafeLemmatizerME lemmatizer() {
        return lemmatizer;
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
