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
 * Loading them (and running each once, so that its classes are loaded) takes one to two seconds of CPU, so it
 * runs on one background thread, started the first time {@link #startLoading()} is called (the language pack
 * calls it when it is built). The models load in the order the rules need them, each published as soon as it
 * is ready: a caller waits only for the model it uses (every text needs the small sentence detector; the
 * tokenizer and tagger only where a conditional term is found; the lemmatizer, the largest, only for the
 * behaviour check of interpretations). The detectors are thread-safe (one instance per thread inside OpenNLP).
 */
public final class EnglishModels {

    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    private static final String SAMPLE = "Client said she slept well. She was calm, e.g. smiling.";

    private static final CompletableFuture<ThreadSafeSentenceDetectorME> SENTENCES = new CompletableFuture<>();
    private static final CompletableFuture<ThreadSafeTokenizerME> TOKENIZER = new CompletableFuture<>();
    private static final CompletableFuture<ThreadSafePOSTaggerME> TAGGER = new CompletableFuture<>();
    private static final CompletableFuture<ThreadSafeLemmatizerME> LEMMATIZER = new CompletableFuture<>();
    private static final CompletableFuture<long[]> LOAD_MILLIS = new CompletableFuture<>();
    private static boolean started;

    private EnglishModels() {
    }

    /** Starts loading the models on a background thread, once; later calls do nothing. */
    public static synchronized void startLoading() {
        if (started) {
            return;
        }
        started = true;
        Thread thread = new Thread(EnglishModels::loadAll, "Casenotes: loading English language models");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadAll() {
        // OpenNLP logs through SLF4J, which finds no provider in the product (its service loader does not see
        // other bundles) and would print a three-line warning on every command-line run
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        long[] millis = new long[4];
        try {
            long start = System.nanoTime();
            ThreadSafeSentenceDetectorME sentences = new ThreadSafeSentenceDetectorME(
                    load(() -> new SentenceModel(open(SENTENCE_MODEL))));
            sentences.sentPosDetect(SAMPLE);
            SENTENCES.complete(sentences);
            millis[0] = elapsed(start);
            ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(load(() -> new TokenizerModel(open(TOKEN_MODEL))));
            String[] words = tokenizer.tokenize(SAMPLE);
            TOKENIZER.complete(tokenizer);
            millis[1] = elapsed(start);
            ThreadSafePOSTaggerME tagger = new ThreadSafePOSTaggerME(load(() -> new POSModel(open(POS_MODEL))));
            String[] tags = tagger.tag(words);
            TAGGER.complete(tagger);
            millis[2] = elapsed(start);
            ThreadSafeLemmatizerME lemmatizer = new ThreadSafeLemmatizerME(
                    load(() -> new LemmatizerModel(open(LEMMA_MODEL))));
            lemmatizer.lemmatize(words, tags);
            LEMMATIZER.complete(lemmatizer);
            millis[3] = elapsed(start);
            LOAD_MILLIS.complete(millis);
        } catch (RuntimeException | Error e) {
            for (CompletableFuture<?> future : new CompletableFuture<?>[] { SENTENCES, TOKENIZER, TAGGER, LEMMATIZER,
                    LOAD_MILLIS }) {
                future.completeExceptionally(e);
            }
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
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

    private static <T> T await(CompletableFuture<T> future) {
        startLoading();
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /**
     * @return milliseconds from the start of the load until the sentence detector, tokenizer, tagger and
     *         lemmatizer were each ready (waits for the whole load)
     */
    public static long[] loadMillis() {
        return await(LOAD_MILLIS).clone();
    }

    static ThreadSafeSentenceDetectorME sentenceDetector() {
        return await(SENTENCES);
    }

    static ThreadSafeTokenizerME tokenizer() {
        return await(TOKENIZER);
    }

    static ThreadSafePOSTaggerME tagger() {
        return await(TAGGER);
    }

    static ThreadSafeLemmatizerME lemmatizer() {
        return await(LEMMATIZER);
    }

    private interface IoSupplier<T> {
        T get() throws IOException;
    }
}
