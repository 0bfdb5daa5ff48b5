package org.casenotes.ui.forms.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.casenotes.core.forms.NoteTextContext;
import org.casenotes.core.lifecycle.ValueEditor;
import org.casenotes.core.rules.LiveEvaluation;
import org.casenotes.core.rules.RuleEngine;
import org.casenotes.core.rules.RuleSettings;
import org.casenotes.model.record.Note;
import org.casenotes.ui.forms.internal.InstalledRules;
import org.casenotes.ui.forms.internal.NoteFormEditor;
import org.casenotes.ui.testsupport.EventLoop;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.swt.custom.StyledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures keystroke-to-decoration latency in the note editor on a 2,000-word narrative (paragraphs of about 84
 * words, typing at the end): the time from a character
 * entering the text widget until the field's findings, squiggles, findings list and completeness summary are
 * updated and pending paints are done. A measurement, not a test: it runs only with
 * {@code -Dtycho.testArgLine=-Dcasenotes.latency=true} and writes its numbers to {@code target/latency.txt}.
 */
@EnabledIfSystemProperty(named = "casenotes.latency", matches = "true")
class DecorationLatencyHarness {

    private static final String[] WORDS = { "client", "reported", "sleeping", "better", "this", "week", "and", "said",
            "that", "work", "felt", "manageable", "we", "practised", "grounding", "for", "ten", "minutes", "she",
            "described", "a", "conflict", "with", "her", "sister", "over", "childcare", "plans", "refused",
            "medication", "changes", "until", "next", "review", "appeared", "calm", "noncompliant", "with", "homework" };
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");
    private static final int WARM_UP = 30;
    private static final int KEYSTROKES = 200;

    @Test
    void keystrokeToDecorationOnA2000WordNote() throws Exception {
        String loadAverage = Files.exists(LOAD_AVERAGE) ? Files.readString(LOAD_AVERAGE).strip() : "unknown";
        NoteEditorDriver driver = new NoteEditorDriver();
        NoteFormEditor editor = driver.open(driver.draft());
        StyledText narrative = NoteEditorDriver.text(editor, "narrative");
        narrative.setText(words(2000));
        EventLoop.spin();
        String typing = " the client refused to engage and then agreed to try again";
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < WARM_UP + KEYSTROKES; i++) {
            String key = String.valueOf(typing.charAt(i % typing.length()));
            long start = System.nanoTime();
            narrative.setCaretOffset(narrative.getCharCount());
            narrative.insert(key);
            EventLoop.spin();
            if (i >= WARM_UP) {
                nanos.add(System.nanoTime() - start);
            }
        }
        assertFalse(editor.findings().isEmpty(), "the typed sentence is flagged");
        long[] engine = engineOnly(driver, narrative.getText(), typing);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format("keystroke-to-decoration on a %d-word narrative, %d keystrokes, %d rules: "
                + "p50 %.1f ms, p95 %.1f ms, max %.1f ms (load average before: %s)%n",
                narrative.getText().split("\\s+").length, sorted.length, editor.ruleCount(), millis(sorted, 0.50),
                millis(sorted, 0.95), sorted[sorted.length - 1] / 1e6, loadAverage)
                + String.format("  of which the rule engine alone (same text, same rules, no widgets): p50 %.1f ms, "
                        + "p95 %.1f ms%n", millis(engine, 0.50), millis(engine, 0.95));
        System.out.print(report);
        Files.writeString(Screenshots.targetFolder().resolve("latency.txt"), report);
        NoteEditorDriver.closeAll();
    }

    /** @return sorted times of re-checking the note after each keystroke, without the editor */
    private static long[] engineOnly(NoteEditorDriver driver, String start, String typing) {
        RuleEngine engine = InstalledRules.engine();
        Note note = driver.draft();
        ValueEditor values = driver.lifecycle.edit(note, driver.form);
        values.setText("narrative", start);
        LiveEvaluation live = new LiveEvaluation(engine, new NoteTextContext(note, driver.form, RuleSettings.DEFAULTS));
        StringBuilder text = new StringBuilder(start);
        long[] times = new long[KEYSTROKES];
        for (int i = 0; i < WARM_UP + KEYSTROKES; i++) {
            text.append(typing.charAt(i % typing.length()));
            long begin = System.nanoTime();
            values.setText("narrative", text.toString());
            live.fieldEdited(new NoteTextContext(note, driver.form, RuleSettings.DEFAULTS), "narrative");
            if (i >= WARM_UP) {
                times[i - WARM_UP] = System.nanoTime() - begin;
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String words(int count) {
        Random random = new Random(42);
        String[] text = new String[count];
        // sentences of 14 words, paragraphs of 6 sentences, as a narrative is written
        Arrays.setAll(text, i -> WORDS[random.nextInt(WORDS.length)] + (i % 84 == 83 ? ".\n" : i % 14 == 13 ? "." : ""));
        return String.join(" ", text);
    }
}
