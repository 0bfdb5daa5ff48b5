package org.casenotes.template.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;

import org.casenotes.template.library.CompiledLibrary;
import org.casenotes.template.library.CompiledTemplate;
import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.library.TemplateWorkingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Performance harness (not a unit test: it reports, it does not judge). Measures the one-time creation of the
 * language runtime, then parse + validate + compile, warm, of the standard library and of a generated template with
 * 5,000 fields and 1,000 conditions, and what the designer compiles per keystroke in each (one file re-compiled in a
 * {@link TemplateWorkingSet}). Run it alone so the first measurement sees a cold runtime:
 *
 * <pre>
 * ./mvnw -o verify -pl tests/org.casenotes.template.tests -am -Dtest=TemplateBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine="-Xmx2g -Dcasenotes.benchmark=true"
 * </pre>
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class TemplateBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 10;

    @Test
    void report() {
        long start = System.nanoTime();
        TemplateLibrary standard = StandardSources.library();
        CompiledLibrary first = standard.compile();
        long firstNanos = System.nanoTime() - start;
        assertFalse(first.hasErrors());
        System.out.printf("one-time language runtime (Guice injector + EMF registration): %.0f ms%n",
                TemplateLibrary.runtimeStartupNanos() / 1e6);
        System.out.printf("first standard-library compile, including that: %.0f ms%n", firstNanos / 1e6);

        report("standard library (" + standard.sources().size() + " files, " + first.forms().size() + " forms)",
                standard::compile);
        TemplateLibrary large = TemplateLibrary.empty()
                .withSource(new TemplateSource("large.ntpl", largeTemplate(5_000, 1_000)));
        assertFalse(large.compile().hasErrors());
        report("generated template (5,000 fields, 1,000 conditions)", large::compile);

        TemplateSource largest = standard.sources().stream()
                .max(java.util.Comparator.comparingInt(source -> source.text().length())).orElseThrow();
        try (TemplateWorkingSet working = standard.workingSet()) {
            reportKeystrokes("keystroke in the largest standard template (" + largest.name() + ", incremental)",
                    working, largest);
        }
        TemplateSource generated = large.sources().get(0);
        try (TemplateWorkingSet working = large.workingSet()) {
            reportKeystrokes("keystroke in the generated template (incremental)", working, generated);
        }
    }

    /**
     * What the designer compiles per keystroke: one character typed into, then deleted from, the first label of
     * {@code edited}, recompiled in a working set over its library.
     */
    private static void reportKeystrokes(String what, TemplateWorkingSet working, TemplateSource edited) {
        int inLabel = edited.text().indexOf('"', edited.text().indexOf("field ")) + 1;
        TemplateSource typed = new TemplateSource(edited.name(),
                edited.text().substring(0, inLabel) + "x" + edited.text().substring(inLabel));
        int[] run = { 0 };
        report(what, () -> {
            CompiledTemplate compiled = working.compile(run[0]++ % 2 == 0 ? typed : edited);
            assertFalse(compiled.errors() > 0, "the edit keeps the template valid");
            return compiled;
        });
    }

    /**
     * Prints wall time and the process's CPU time per run. On a shared machine the wall time grows with the load
     * average (printed too); CPU time shows the work itself.
     */
    private static void report(String what, Supplier<?> compile) {
        for (int i = 0; i < WARMUP; i++) {
            compile.get();
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            compile.get();
            wall[i] = System.nanoTime() - start;
            cpu[i] = processCpuNanos() - cpuStart;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%s, warm parse+validate+compile: wall median %.0f ms (best %.0f, worst %.0f); "
                + "CPU median %.0f ms (best %.0f); %d runs; load average %.1f%n", what, wall[RUNS / 2] / 1e6,
                wall[0] / 1e6, wall[RUNS - 1] / 1e6, cpu[RUNS / 2] / 1e6, cpu[0] / 1e6, RUNS,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    /** A template with {@code fields} fields in sections of 100, every fifth field carrying a condition. */
    static String largeTemplate(int fields, int conditions) {
        StringBuilder text = new StringBuilder("template Large \"Large\" version 1 kind intake {\n");
        int conditionEvery = fields / conditions;
        List<String> choices = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            if (i % 100 == 0) {
                if (i > 0) {
                    text.append("}\n");
                }
                text.append("section s").append(i / 100).append(" \"Section ").append(i / 100).append("\" {\n");
            }
            text.append("field f").append(i).append(" \"Field ").append(i).append("\" : ");
            switch (i % 4) {
            case 0 -> {
                text.append("choice { a \"A\" score 0, b \"B\" score 1, c \"C\" score 2 }");
                choices.add("f" + i);
            }
            case 1 -> {
                text.append("integer range 0..100");
                numbers.add("f" + i);
            }
            case 2 -> text.append("longtext max 500 words");
            default -> text.append("date");
            }
            if (i % conditionEvery == conditionEvery - 1 && !choices.isEmpty() && !numbers.isEmpty()) {
                String choice = choices.get(choices.size() - 1);
                String number = numbers.get(numbers.size() - 1);
                text.append(switch (i % 3) {
                case 0 -> " required when " + choice + " in [b, c]";
                case 1 -> " shown when " + choice + " = a or " + number + " > 10";
                default -> " required when not (" + choice + " is answered) and " + number + " <= 50";
                });
            }
            text.append('\n');
        }
        text.append("}\nsignature signature \"Signature\"\n}\n");
        return text.toString();
    }

    /** Runs the harness outside OSGi, e.g. from an IDE, with -Dcasenotes.std.templates=&lt;folder&gt;. */
    public static void main(String[] args) {
        new TemplateBenchmark().report();
    }
}
