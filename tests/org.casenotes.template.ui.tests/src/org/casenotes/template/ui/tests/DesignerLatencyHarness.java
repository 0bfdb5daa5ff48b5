package org.casenotes.template.ui.tests;

import static org.casenotes.template.ui.tests.DesignerDriver.document;
import static org.casenotes.ui.testsupport.EventLoop.spin;
import static org.casenotes.ui.testsupport.EventLoop.spinUntil;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.casenotes.template.library.TemplateLibrary;
import org.casenotes.template.library.TemplateSource;
import org.casenotes.template.ui.TemplateDesigners;
import org.casenotes.template.ui.internal.TemplateDesigner;
import org.casenotes.ui.testsupport.ActiveWorkbench;
import org.casenotes.ui.testsupport.Screenshots;
import org.eclipse.jface.text.IDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurement harness (it reports, it does not judge): keystroke-to-annotation and keystroke-to-preview latency on
 * the largest standard template that defines a form, in the real designer. Each "keystroke" inserts or deletes one
 * character inside a label, so the template stays valid and both the annotations and the preview are rebuilt. The
 * times include the designer's pause before it compiles ({@code VALIDATION_DELAY_MS}); one compilation of the edited
 * template (against the library kept linked) feeds both the annotations and the preview beside the text.
 *
 * <pre>
 * ./mvnw -o verify -pl tests/org.casenotes.template.ui.tests -am -Dtest=DesignerLatencyHarness \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dtycho.testArgLine="-Xmx2g -Dcasenotes.benchmark=true"
 * </pre>
 */
@EnabledIfSystemProperty(named = "casenotes.benchmark", matches = "true")
class DesignerLatencyHarness {

    private static final int WARMUP = 5;
    private static final int RUNS = 40;

    @AfterEach
    void closeEditors() {
        DesignerDriver.closeAll();
    }

    @Test
    void keystrokeToAnnotationAndToPreview() throws Exception {
        TemplateSource largest = largestTemplateWithAForm();
        TemplateDesigner designer = (TemplateDesigner) TemplateDesigners.openInstalled(ActiveWorkbench.page(), largest);
        designer.showPreview(true);
        spinUntil(() -> designer.previewedForm() != null, 60_000, "the first preview");

        AtomicLong validatedAt = new AtomicLong();
        AtomicLong previewedAt = new AtomicLong();
        designer.textEditor().addValidationListener(d -> validatedAt.set(System.nanoTime()));
        designer.addPreviewListener(() -> previewedAt.set(System.nanoTime()));
        IDocument document = document(designer);
        int inLabel = largest.text().indexOf('"', largest.text().indexOf("field ")) + 1;

        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        List<Double> annotation = new ArrayList<>();
        List<Double> preview = new ArrayList<>();
        for (int run = 0; run < WARMUP + RUNS; run++) {
            validatedAt.set(0);
            previewedAt.set(0);
            long typed = System.nanoTime();
            if (run % 2 == 0) {
                document.replace(inLabel, 0, "x");
            } else {
                document.replace(inLabel, 1, "");
            }
            spinUntil(() -> validatedAt.get() > typed && previewedAt.get() > typed, 60_000, "validation and preview");
            if (run >= WARMUP) {
                annotation.add((validatedAt.get() - typed) / 1e6);
                preview.add((previewedAt.get() - typed) / 1e6);
            }
            spin();
        }
        System.out.printf("template: %s (%d characters); load average %.1f before, %.1f after, %d cores%n",
                largest.name(), largest.text().length(), loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        report("keystroke-to-annotation", annotation);
        report("keystroke-to-preview", preview);
        Screenshots.ofWorkbenchWindow("template-designer-latency.png");
    }

    /**
     * @return the longest installed file that declares a concrete template (abstract ones have no form) that is not a
     *         letter (letters are not previewed)
     */
    private static TemplateSource largestTemplateWithAForm() {
        return TemplateLibrary.contributed().sources().stream()
                .filter(s -> s.text().matches("(?s).*\\n\\s*template \\w+.*") && !s.text().contains("kind letter"))
                .max(Comparator.comparingInt(s -> s.text().length())).orElseThrow();
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("%s over %d keystrokes: median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
    }
}
