package org.casenotes.store.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English analysis for note text: Lucene's {@link EnglishAnalyzer} chain (possessives, lower case, stop words,
 * Porter stems), with one correction. Verbs ending in "-ic" take a "k" before "-ed", "-ing" and "-y" ("panic",
 * "panicked", "panicking", "panicky"), which the Porter stemmer leaves as "panick", so "panicking" would not find
 * "panic attacks". Their inflections are mapped to the "-ic" stem first; the list is closed (a general rule would
 * also turn "nitpicking" into "nitpic").
 */
final class NoteAnalyzer extends Analyzer {

    /** English verbs ending in "-ic" that add a "k" before a suffix. */
    private static final List<String> IC_VERBS = List.of("panic", "mimic", "traffic", "picnic", "frolic", "politic",
            "bivouac", "shellac");

    private final StemmerOverrideMap icVerbs = icVerbStems();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new StemmerOverrideFilter(result, icVerbs);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static StemmerOverrideMap icVerbStems() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(true);
        for (String verb : IC_VERBS) {
            for (String suffix : List.of("ked", "king", "ky", "ks", "ker", "kers")) {
                builder.add(verb + suffix, verb);
            }
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
