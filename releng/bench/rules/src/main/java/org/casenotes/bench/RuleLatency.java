package org.casenotes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.casenotes.core.rules.FieldText;
import org.casenotes.core.rules.LiveEvaluation;
import org.casenotes.core.rules.PlainNoteContext;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.text.EnglishModels;
import org.casenotes.core.rules.text.SentenceTagger;

/**
 * Wall time and CPU time of the thread, per call, for the cases of {@link RuleEngineBenchmark} and one more:
 * typing sentences with a flagged word at the end of a 2,000-word note (every keystroke changes a sentence
 * the tagger must read again, as in the editor's DecorationLatencyHarness, whose typing is one sentence
 * that grows to about 40 words). CPU time is what the engine
 * costs; wall time on a shared machine adds the time the thread waited for a core, so the load average is
 * printed beside them.
 * <pre>java [-Donly=NAME-PART] -cp rules-bench.jar org.casenotes.bench.RuleLatency [calls]</pre>
 */
public final class RuleLatency {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String TYPING = " client refused to engage and then agreed to try again.";

    private RuleLatency() {
    }

    public static void main(String[] args) throws IOException {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        RuleEngine engine = StandardLists.engine();
        EnglishModels.loadMillis();
        String[] fieldTexts = NoteCorpus.fieldTexts(2_000, 7);
        String wholeNote = NoteCorpus.text(2_000, 11);

        PlainNoteContext fiveFields = NoteCorpus.note(fieldTexts);
        LiveEvaluation liveFive = new LiveEvaluation(engine, fiveFields);
        PlainNoteContext oneField = PlainNoteContext.narrative(wholeNote);
        LiveEvaluation liveOne = new LiveEvaluation(engine, oneField);
        StringBuilder typed = new StringBuilder(wholeNote);

        System.out.println("load average before: " + loadAverage());
        measure("keystroke, five-field note (' C'/' Cl')", calls, i -> liveFive.fieldEdited(
                fiveFields.withField(FieldText.of("assessment", fieldTexts[2] + (i % 2 == 0 ? " C" : " Cl"))),
                "assessment"));
        measure("keystroke, one 2,000-word field (' C'/' Cl')", calls, i -> liveOne.fieldEdited(
                oneField.withField(FieldText.of("narrative", wholeNote + (i % 2 == 0 ? " C" : " Cl"))), "narrative"));
        measure("keystroke, typing a flagged sentence at the end", calls, i -> {
            if (i % TYPING.length() == 0) {
                typed.append(" On day ").append(i / TYPING.length()); // every sentence typed is new to the caches
            }
            typed.append(TYPING.charAt(i % TYPING.length()));
            liveOne.fieldEdited(oneField.withField(FieldText.of("narrative", typed.toString())), "narrative");
        });
        measure("full evaluation, tagger cache warm", calls, i -> engine.evaluate(NoteCorpus.note(fieldTexts)));
        measure("full evaluation, tagger cache cold", Math.max(20, calls / 4), i -> {
            SentenceTagger.clearCache();
            engine.evaluate(NoteCorpus.note(fieldTexts));
        });
        System.out.println("load average after: " + loadAverage());
    }

    private static void measure(String name, int calls, IntConsumer call) {
        String only = System.getProperty("only");
        if (only != null && !name.contains(only)) {
            return;
        }
        int warmUp = calls;
        for (int i = 0; i < warmUp; i++) {
            call.accept(i);
        }
        long[] wall = new long[calls];
        long[] cpu = new long[calls];
        for (int i = 0; i < calls; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            call.accept(warmUp + i);
            wall[i] = System.nanoTime() - start;
            cpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-50s wall p50 %6.2f ms p99 %6.2f ms | cpu p50 %6.2f ms p99 %6.2f ms (%d calls)%n",
                name, at(wall, 0.50), at(wall, 0.99), at(cpu, 0.50), at(cpu, 0.99), calls);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.exists(load) ? Files.readString(load).strip() : "unknown";
    }
}
