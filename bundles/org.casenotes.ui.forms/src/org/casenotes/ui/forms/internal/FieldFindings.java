package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.casenotes.core.rules.Finding;
import org.casenotes.core.rules.Severity;
import org.casenotes.ui.forms.RenderedField;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * The findings shown on one field: a decoration beside the control whose hover lists them, and, in text fields, a
 * squiggly underline on each finding's exact range with a tooltip naming the rule, the suggestion and the source.
 * Input that is not a value of the field (e.g. "31.02.") shows as an error decoration until it is corrected, and so
 * does a stored value that no longer fits the field until it is changed.
 */
public final class FieldFindings {

    private final RenderedField rendered;
    private final ControlDecoration decoration;
    private List<Finding> current = List.of();
    private String inputProblem;
    private String storedProblem;
    private String shownImage;

    FieldFindings(RenderedField rendered) {
        this.rendered = rendered;
        this.decoration = new ControlDecoration(rendered.control(), SWT.LEFT | SWT.TOP);
        decoration.setShowOnlyOnFocus(false);
        decoration.hide();
        rendered.styledText().ifPresent(text -> text.addListener(SWT.MouseMove, this::hoverText));
    }

    /** @return the findings shown now */
    public List<Finding> current() {
        return current;
    }

    /** @return the decoration, for tests and the screenshot */
    public ControlDecoration decoration() {
        return decoration;
    }

    void show(List<Finding> findings) {
        current = List.copyOf(findings);
        updateDecoration();
        rendered.styledText().ifPresent(this::underline);
    }

    void showInputProblem(String problem) {
        inputProblem = problem;
        updateDecoration();
    }

    /** Shows that the stored value does not fit the field, or clears that with {@code null}. */
    void showStoredProblem(String problem) {
        if (!Objects.equals(problem, storedProblem)) {
            storedProblem = problem;
            updateDecoration();
        }
    }

    private void updateDecoration() {
        String problem = inputProblem != null ? inputProblem : storedProblem;
        if (problem != null) {
            decorate(FieldDecorationRegistry.DEC_ERROR, problem);
            return;
        }
        Optional<Severity> worst = current.stream().map(Finding::severity).max(Comparator.naturalOrder());
        if (worst.isEmpty()) {
            if (decoration.isVisible()) {
                decoration.hide();
            }
            return;
        }
        String image = switch (worst.get()) {
            case ERROR -> FieldDecorationRegistry.DEC_ERROR;
            case WARNING -> FieldDecorationRegistry.DEC_WARNING;
            case INFO -> FieldDecorationRegistry.DEC_INFORMATION;
        };
        decorate(image, current.stream().map(FindingText::hover).collect(Collectors.joining("\n\n")));
    }

    private void decorate(String imageId, String text) {
        // a decoration repaints on every change; typing that changes no finding should not
        if (!imageId.equals(shownImage)) {
            decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(imageId).getImage());
            shownImage = imageId;
        }
        if (!text.equals(decoration.getDescriptionText())) {
            decoration.setDescriptionText(text);
        }
        if (!decoration.isVisible()) {
            decoration.show();
        }
    }

    private void underline(StyledText text) {
        // one call with sorted, non-overlapping ranges: StyledText re-measures its whole text on every style change
        int length = text.getCharCount();
        List<StyleRange> styles = new ArrayList<>();
        int covered = 0;
        for (Finding finding : current.stream().filter(f -> f.range() != null)
                .sorted(Comparator.comparingInt(f -> f.range().start())).toList()) {
            int start = Math.max(finding.range().start(), covered);
            int end = Math.min(finding.range().end(), length);
            if (start >= end) {
                continue;
            }
            StyleRange style = new StyleRange();
            style.start = start;
            style.length = end - start;
            style.underline = true;
            style.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
            style.underlineColor = colorOf(text, finding.severity());
            styles.add(style);
            covered = end;
        }
        StyleRange[] wanted = styles.toArray(StyleRange[]::new);
        if (!Arrays.equals(wanted, text.getStyleRanges())) {
            text.setStyleRanges(wanted);
        }
    }

    private static Color colorOf(StyledText text, Severity severity) {
        return text.getDisplay().getSystemColor(switch (severity) {
            case ERROR -> SWT.COLOR_RED;
            case WARNING -> SWT.COLOR_DARK_YELLOW;
            case INFO -> SWT.COLOR_BLUE;
        });
    }

    /** @return the finding whose range covers {@code offset} in the field's text, if any */
    Optional<Finding> findingAt(int offset) {
        return current.stream().filter(f -> f.range() != null && f.range().start() <= offset && offset <= f.range().end())
                .findFirst();
    }

    /**
     * @return the finding Ctrl+1 offers at {@code offset}: of those whose words cover it, the first with suggestions,
     *         else the first without (its chooser then says there is no rewording to offer)
     */
    Optional<Finding> quickFixAt(int offset) {
        List<Finding> here = current.stream()
                .filter(f -> f.range() != null && f.range().start() <= offset && offset <= f.range().end()).toList();
        return here.stream().filter(f -> !f.suggestions().isEmpty()).findFirst()
                .or(() -> here.stream().findFirst());
    }

    /**
     * @return the finding to fix from {@code offset}: the one there ({@link #quickFixAt}), else the one with
     *         suggestions whose words are nearest (as Ctrl+1 in a programmer's editor goes to the nearest problem), so
     *         that the words just typed can be fixed without first putting the caret on them
     */
    Optional<Finding> quickFixNear(int offset) {
        return quickFixAt(offset).or(() -> current.stream()
                .filter(f -> f.range() != null && !f.suggestions().isEmpty())
                .min(Comparator.comparingInt(f -> Math.min(Math.abs(f.range().start() - offset),
                        Math.abs(f.range().end() - offset)))));
    }

    private void hoverText(Event event) {
        StyledText text = (StyledText) event.widget;
        int offset = text.getOffsetAtPoint(new Point(event.x, event.y));
        text.setToolTipText(offset < 0 ? null : findingAt(offset).map(FindingText::hover).orElse(null));
    }
}
