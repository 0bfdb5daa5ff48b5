package org.casenotes.ui.forms.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.casenotes.core.rules.Finding;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;

/**
 * Next and previous finding across the fields of the form, in form order and, within a text field, in text order,
 * from where the focus is (like Eclipse's Next/Previous Annotation, Ctrl+. and Ctrl+,), wrapping around at the end.
 * Findings of fields hidden by their condition and findings about the whole note are skipped.
 */
final class FindingNavigation {

    /** Where a finding (or the caret) is: the field's place in the form, then the offset in its text. */
    private record Position(int field, int offset) implements Comparable<Position> {
        private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::field)
                .thenComparingInt(Position::offset);

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    private record Target(Position position, Finding finding) {
    }

    private final Supplier<Map<String, FieldView>> fields;
    private final Supplier<List<Finding>> findings;

    FindingNavigation(Supplier<Map<String, FieldView>> fields, Supplier<List<Finding>> findings) {
        this.fields = fields;
        this.findings = findings;
    }

    /** @return the finding after ({@code forward}) or before the focus, wrapping around; empty if there is none */
    Optional<Finding> from(Control focus, boolean forward) {
        List<String> order = new ArrayList<>(fields.get().keySet());
        List<Target> targets = findings.get().stream().filter(this::shown)
                .map(f -> new Target(new Position(order.indexOf(f.fieldId()), f.range() == null ? -1 : f.range().start()), f))
                .sorted(Comparator.comparing(Target::position)).toList();
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        Position here = positionOf(focus, order);
        if (forward) {
            return Optional.of(targets.stream().filter(t -> t.position().compareTo(here) > 0).findFirst()
                    .orElse(targets.get(0)).finding());
        }
        List<Target> before = targets.stream().filter(t -> t.position().compareTo(here) < 0).toList();
        return Optional.of((before.isEmpty() ? targets.get(targets.size() - 1) : before.get(before.size() - 1)).finding());
    }

    private boolean shown(Finding finding) {
        FieldView view = finding.fieldId() == null ? null : fields.get().get(finding.fieldId());
        return view != null && view.shown();
    }

    private Position positionOf(Control focus, List<String> order) {
        for (int i = 0; i < order.size(); i++) {
            FieldView view = fields.get().get(order.get(i));
            if (focus != null && contains(view.rendered().control(), focus)) {
                int offset = focus instanceof StyledText text ? selectionStart(text) : -1;
                return new Position(i, offset);
            }
        }
        return new Position(-1, Integer.MAX_VALUE);
    }

    private static int selectionStart(StyledText text) {
        Point selection = text.getSelection();
        return selection.x == selection.y ? text.getCaretOffset() : selection.x;
    }

    private static boolean contains(Control ancestor, Control control) {
        for (Control level = control; level != null; level = level.getParent()) {
            if (level == ancestor) {
                return true;
            }
        }
        return false;
    }
}
