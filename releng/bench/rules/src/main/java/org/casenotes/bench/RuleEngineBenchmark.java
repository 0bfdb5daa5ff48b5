package org.casenotes.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.text.SentenceTagger;
import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.LiveEvaluation;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the language and privacy rules on a 2,000-word note, sampled per call so JMH reports
 * p99: a keystroke re-evaluates the edited field only (in a five-field note, and in a note that is
 * one 2,000-word field, the worst case), and a full evaluation analyses every field afresh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleEngineBenchmark {

    private static final int WORDS = 2_000;

    private RuleEngine engine;
    private String[] fieldTexts;
    private PlainNoteContext fiveFields;
    private LiveEvaluation liveFiveFields;
    private String wholeNote;
    private PlainNoteContext oneField;
    private LiveEvaluation liveOneField;
    private int keystrokes;

    @Setup
    public void setUp() {
        engine = StandardLists.engine();
        fieldTexts = NoteCorpus.fieldTexts(WORDS, 7);
        fiveFields = NoteCorpus.note(fieldTexts);
        liveFiveFields = new LiveEvaluation(engine, fiveFields);
        wholeNote = NoteCorpus.text(WORDS, 11);
        oneField = PlainNoteContext.narrative(wholeNote);
        liveOneField = new LiveEvaluation(engine, oneField);
    }

    /** Typing one character into the assessment field of a five-field, 2,000-word note. */
    @Benchmark
    public List<Finding> keystrokeInFiveFieldNote() {
        String edited = fieldTexts[2] + (keystrokes++ % 2 == 0 ? " C" : " Cl");
        return liveFiveFields.fieldEdited(fiveFields.withField(FieldText.of("assessment", edited)), "assessment");
    }

    /** Typing one character into a note that is a single 2,000-word field. */
    @Benchmark
    public List<Finding> keystrokeInSingleFieldNote() {
        String edited = wholeNote + (keystrokes++ % 2 == 0 ? " C" : " Cl");
        return liveOneField.fieldEdited(oneField.withField(FieldText.of("narrative", edited)), "narrative");
    }

    /**
     * Evaluating a 2,000-word note from scratch (every field analysed again; sentences met before are taken
     * from the tagger's cache, as when a note is opened again or re-checked as a whole).
     */
    @Benchmark
    public List<Finding> fullEvaluation() {
        return engine.evaluate(NoteCorpus.note(fieldTexts));
    }

    /** The same with an empty tagger cache: every sentence with a conditional term is tagged again. */
    @Benchmark
    public List<Finding> fullEvaluationColdTagger() {
        SentenceTagger.clearCache();
        return engine.evaluate(NoteCorpus.note(fieldTexts));
    }
}
